using System.Globalization;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Cli.Groups;
using OrleansBroker.Cli.Output;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Records;

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
        var group = await admin.DescribeConsumerGroupAsync(arguments.RequiredGroup);
        switch (arguments.View)
        {
            case ConsumerGroupView.State:
                var state = new TextTable("GROUP", "ASSIGNMENT-STRATEGY", "STATE", "#MEMBERS");
                state.Add(group.GroupId, group.AssignmentStrategy, group.State.ToString(), Number(group.Members.Count));
                state.Write(output.Out);
                return;
            case ConsumerGroupView.Members:
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

                return;
            default:
                WriteMemberState(group, output);
                await WriteOffsetsAsync(admin, group, output);
                return;
        }
    }

    private static async Task WriteOffsetsAsync(IAdminClient admin, ConsumerGroupDescription group, CommandOutput output)
    {
        var committed = (await admin.ListConsumerGroupOffsetsAsync(group.GroupId)).ToDictionary(offset => offset.TopicPartition, offset => offset.Offset.Value);
        var owners = group.Members.SelectMany(member => member.Assignment.Select(partition => (partition, member))).ToDictionary(pair => pair.partition, pair => pair.member);
        var table = new TextTable("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID", "HOST", "CLIENT-ID");
        foreach (var partition in committed.Keys.Union(owners.Keys).OrderBy(partition => partition.Topic, StringComparer.Ordinal).ThenBy(partition => partition.Partition))
        {
            var logEnd = await LogEndOffsetAsync(admin, partition);
            long? current = committed.TryGetValue(partition, out var offset) ? offset : null;
            var owner = owners.GetValueOrDefault(partition);
            table.Add(
                group.GroupId,
                partition.Topic,
                Number(partition.Partition),
                current is { } c ? Number(c) : None,
                logEnd is { } end ? Number(end) : None,
                current is { } at && logEnd is { } last ? Number(Math.Max(0, last - at)) : None,
                owner?.MemberId ?? None,
                owner?.Host ?? None,
                owner?.ClientId ?? None);
        }

        table.Write(output.Out);
    }

    private static async Task ResetOffsetsAsync(IAdminClient admin, ConsumerGroupsArguments arguments, CommandOutput output)
    {
        var group = await admin.DescribeConsumerGroupAsync(arguments.RequiredGroup);
        RequireInactive(group, "Assignments can only be reset");
        var committed = await admin.ListConsumerGroupOffsetsAsync(group.GroupId);
        var partitions = arguments.Topic is { } topic
            ? Enumerable.Range(0, (await admin.DescribeTopicAsync(topic)).Metadata.PartitionCount).Select(partition => new TopicPartition(topic, partition))
            : committed.Select(offset => offset.TopicPartition);
        var planned = await OffsetResetPlanner.PlanAsync(admin, arguments.RequiredReset, partitions, committed);
        if (arguments.Execute)
        {
            await admin.AlterConsumerGroupOffsetsAsync(group.GroupId, planned);
        }

        var table = new TextTable("GROUP", "TOPIC", "PARTITION", "NEW-OFFSET");
        foreach (var offset in planned)
        {
            table.Add(group.GroupId, offset.Topic, Number(offset.Partition), Number(offset.Offset.Value));
        }

        table.Write(output.Out);
    }

    private static async Task DeleteAsync(IAdminClient admin, ConsumerGroupsArguments arguments, CommandOutput output)
    {
        var group = await admin.DescribeConsumerGroupAsync(arguments.RequiredGroup);
        RequireInactive(group, "Deletion is only possible");
        await admin.DeleteConsumerGroupAsync(group.GroupId);
        output.Out.WriteLine($"Deletion of requested consumer groups ('{group.GroupId}') was successful.");
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

    private static void RequireInactive(ConsumerGroupDescription group, string what)
    {
        if (group.State != GroupState.Empty)
        {
            throw new BrokerException(
                ErrorCode.NonEmptyGroup, $"{what} if the group '{group.GroupId}' is inactive, but the current state is {group.State}.");
        }
    }

    private static async Task<long?> LogEndOffsetAsync(IAdminClient admin, TopicPartition partition)
    {
        try
        {
            return (await admin.ListOffsetsAsync(partition, Offset.End.Value)).Offset;
        }
        catch (BrokerException e) when (e.Code == ErrorCode.UnknownTopicOrPartition)
        {
            return null;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
