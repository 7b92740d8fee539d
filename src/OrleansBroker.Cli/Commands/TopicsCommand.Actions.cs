using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Cli.Output;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Records;

namespace OrleansBroker.Cli.Commands;

/// <summary>What each <c>obk topics</c> action does and prints.</summary>
internal sealed partial class TopicsCommand
{
    protected override async Task<int> ExecuteAsync(BrokerClient client, TopicsArguments arguments, CommandOutput output, CancellationToken cancellationToken)
    {
        var admin = client.CreateAdminClient();
        var task = arguments.Action switch
        {
            TopicAction.Create => CreateAsync(admin, arguments, output),
            TopicAction.List => ListAsync(admin, arguments, output),
            TopicAction.Describe => DescribeAsync(admin, arguments, output),
            TopicAction.Delete => admin.DeleteTopicAsync(arguments.RequiredTopic),
            TopicAction.Alter => AlterAsync(admin, arguments),
            _ => throw new UsageException($"Unknown action {arguments.Action}."),
        };
        await task.WaitAsync(cancellationToken);
        return ExitCodes.Success;
    }

    private static async Task CreateAsync(IAdminClient admin, TopicsArguments arguments, CommandOutput output)
    {
        var specification = new TopicSpecification
        {
            Name = arguments.RequiredTopic,
            NumPartitions = arguments.Partitions,
            ReplicationFactor = arguments.ReplicationFactor,
            Configs = arguments.Configs,
        };
        try
        {
            await admin.CreateTopicAsync(specification);
            output.Out.WriteLine($"Created topic {specification.Name}.");
        }
        catch (BrokerException e) when (e.Code == ErrorCode.TopicAlreadyExists && arguments.IfNotExists)
        {
        }
    }

    private static async Task ListAsync(IAdminClient admin, TopicsArguments arguments, CommandOutput output)
    {
        foreach (var topic in await admin.ListTopicsAsync())
        {
            if (arguments.Topic is null || arguments.Topic == topic)
            {
                output.Out.WriteLine(topic);
            }
        }
    }

    private static async Task DescribeAsync(IAdminClient admin, TopicsArguments arguments, CommandOutput output)
    {
        if (arguments.Topic is { } topic)
        {
            TopicDescriptionFormatter.Write(await admin.DescribeTopicAsync(topic), output.Out);
            return;
        }

        foreach (var name in await admin.ListTopicsAsync())
        {
            try
            {
                TopicDescriptionFormatter.Write(await admin.DescribeTopicAsync(name), output.Out);
            }
            catch (BrokerException e) when (e.Code == ErrorCode.UnknownTopicOrPartition)
            {
                // Deleted since it was listed.
            }
        }
    }

    private static async Task AlterAsync(IAdminClient admin, TopicsArguments arguments)
    {
        if (arguments.Partitions is { } partitions)
        {
            await admin.CreatePartitionsAsync(arguments.RequiredTopic, partitions);
        }

        if (arguments.Configs.Count > 0 || arguments.DeleteConfigs.Count > 0)
        {
            await admin.AlterConfigsAsync(arguments.RequiredTopic, arguments.Configs, arguments.DeleteConfigs);
        }
    }
}
