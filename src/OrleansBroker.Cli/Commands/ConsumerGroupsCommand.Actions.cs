using System.Globalization;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Cli.Output;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;

namespace OrleansBroker.Cli.Commands;

/// <summary>What each <c>obk consumer-groups</c> action does and prints.</summary>
internal sealed partial class ConsumerGroupsCommand
{
    private const string None = "-";

    protected override async Task<int> ExecuteAsync(BrokerClient client, ConsumerGroupsArguments arguments, CommandOutput output, CancellationToken cancellationToken)
    {
        var admin = client.CreateAdminClient();
        var task = arguments.Action switch
        {
            ConsumerGroupAction.List => ListAsync(admin, output),
            ConsumerGroupAction.Describe => DescribeAsync(admin, arguments, output),
            ConsumerGroupAction.ResetOffsets => ResetOffsetsAsync(admin, arguments, output),
            ConsumerGroupAction.Delete => DeleteAsync(admin, arguments, output),
            _ => throw new UsageException($"Unknown action {arguments.Action}."),
        };
        await task.WaitAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task ListAsync(IAdminClient admin, CommandOutput output)
    {
        foreach (var group in await admin.ListConsumerGroupsAsync())
        {
            output.Out.WriteLine(group);
        }
    }

    private static async Task DescribeAsync(IAdminClient admin, ConsumerGroupsArguments arguments, CommandOutput output)
    {
        if (arguments.View == ConsumerGroupView.Offsets)
        {
            var lag = await admin.DescribeConsumerGroupLagAsync(arguments.RequiredGroup);
            WriteMemberState(lag.Group, output);
            WriteOffsets(lag, output);
            return;
        }

        var group = await admin.DescribeConsumerGroupAsync(arguments.RequiredGroup);
        if (arguments.View == ConsumerGroupView.State)
        {
            var state = new TextTable("GROUP", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS");
            state.Add(group.GroupId, group.AssignmentStrategy, group.State.ToString(), Number(group.Members.Count));
            state.Write(output.Out);
            return;
        }

        WriteMemberState(group, output);
        if (group.Members.Count > 0)
        {
            var members = new TextTable("GROUP", "CONSUMER-ID", "HOST", "CLIENT-ID", "#PARTITIONS");
            foreach (var member in group.Members)
            {
                members.Add(group.GroupId, member.MemberId, member.Host, member.ClientId, Number(member.Assignment.Count));
            }

            members.Write(output.Out);
        }
    }

    private static void WriteOffsets(ConsumerGroupLag lag, CommandOutput output)
    {
        var table = new TextTable("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID");
        foreach (var row in lag.Partitions)
        {
            table.Add(
                lag.Group.GroupId,
                row.TopicPartition.Topic,
                Number(row.TopicPartition.Partition),
                NumberOrNone(row.CommittedOffset),
                NumberOrNone(row.LogEndOffset),
                NumberOrNone(row.Lag),
                row.Owner?.MemberId ?? None,
                row.Owner?.Host ?? None,
                row.Owner?.ClientId ?? None);
        }

        table.Write(output.Out);
    }

    private static async Task ResetOffsetsAsync(IAdminClient admin, ConsumerGroupsArguments arguments, CommandOutput output)
    {
        var group = arguments.RequiredGroup;
        var planned = await admin.ResetConsumerGroupOffsetsAsync(group, arguments.RequiredReset, arguments.Topic, execute: arguments.Execute);
        var table = new TextTable("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET");
        foreach (var offset in planned)
        {
            table.Add(group, offset.Topic, Number(offset.Partition), Number(offset.Offset.Value));
        }

        table.Write(output.Out);
    }

    private static async Task DeleteAsync(IAdminClient admin, ConsumerGroupsArguments arguments, CommandOutput output)
    {
        await admin.DeleteInactiveConsumerGroupAsync(arguments.RequiredGroup);
        output.Out.WriteLine($"Deletion of requested consumer groups ('{arguments.RequiredGroup}') was successful.");
    }

    /// <summary>Kafka's note on stderr when the group has no members, or is between assignments.</summary>
    private static void WriteMemberState(ConsumerGroupDescription group, CommandOutput output)
    {
        if (group.State == GroupState.Empty)
        {
            output.Error.WriteLine($"Consumer group '{group.GroupId}' has no active members.");
        }
        else if (group.State is GroupState.PreparingRebalance or GroupState.CompletingRebalance)
        {
            output.Error.WriteLine($"Warning: Consumer group '{group.GroupId}' is rebalancing.");
        }
    }

    private static string NumberOrNone(long? value) => value is { } number ? Number(number) : None;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
