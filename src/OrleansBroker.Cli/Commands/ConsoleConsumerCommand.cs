using System.CommandLine;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Cli.Arguments;
using OrleansBroker.Cli.Consuming;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Records;

namespace OrleansBroker.Cli.Commands;

/// <summary>
/// <c>obk console-consumer</c>, as kafka-console-consumer: prints the records of a topic (or one partition) from the
/// end, the beginning or an offset, until --max-messages, --timeout-ms or Ctrl+C; then reports the count on stderr.
/// With --group it consumes as a member of that consumer group instead: the group assigns the partitions and the
/// consumer starts from the group's committed offsets, commits as it goes, and commits and leaves when it exits.
/// </summary>
internal sealed class ConsoleConsumerCommand : BrokerCommand<ConsoleConsumerArguments>
{
    /// <summary>The client.id a console consumer in a group shows in consumer-groups --describe, as Kafka's.</summary>
    public const string GroupClientId = "console-consumer";

    private readonly Option<string> _topic = new("--topic") { Description = "The topic to consume.", Required = true };
    private readonly Option<string> _group = new("--group") { Description = "Consume as a member of this consumer group, from its committed offsets." };
    private readonly Option<bool> _fromBeginning = new("--from-beginning") { Description = "Start with the earliest record retained, not the end." };
    private readonly Option<int?> _partition = NumberOption.Create<int>("--partition", "Consume only this partition.");
    private readonly Option<string> _offset = new("--offset") { Description = "Start here (with --partition): a non-negative offset, earliest or latest." };
    private readonly Option<long?> _maxMessages = NumberOption.Create<long>("--max-messages", "Exit after this many records.");
    private readonly Option<long?> _timeoutMs = NumberOption.Create<long>("--timeout-ms", "Exit when no record arrives for this many milliseconds.");
    private readonly Option<string[]> _property = new("--property")
    {
        Description = "How records are printed, as name=value (repeatable): print.key, print.partition, print.offset, print.timestamp, print.value, key.separator, line.separator, null.literal.",
    };

    public ConsoleConsumerCommand()
        : base("console-consumer", "Print the records of a topic (kafka-console-consumer).")
    {
        Options.Add(_topic);
        Options.Add(_group);
        Options.Add(_fromBeginning);
        Options.Add(_partition);
        Options.Add(_offset);
        Options.Add(_maxMessages);
        Options.Add(_timeoutMs);
        Options.Add(_property);
    }

    protected override ConsoleConsumerArguments Bind(ParseResult parseResult)
    {
        var partition = parseResult.GetValue(_partition);
        var offsetText = parseResult.GetValue(_offset);
        var fromBeginning = parseResult.GetValue(_fromBeginning);
        var maxMessages = parseResult.GetValue(_maxMessages);
        var timeoutMs = parseResult.GetValue(_timeoutMs);
        var group = parseResult.GetValue(_group);
        Require(group is null || (partition is null && offsetText is null), "Options group and partition/offset cannot be specified together.");
        Require(group is null || group.Length > 0, "The group id must not be empty.");
        Require(partition is null or >= 0, $"The partition must be a non-negative number (got {partition}).");
        Require(offsetText is null || partition is not null, "The partition is required when offset is specified.");
        Require(offsetText is null || !fromBeginning, "Options from-beginning and offset cannot be specified together.");
        Require(maxMessages is null or > 0, $"The maximum number of messages must be at least 1 (got {maxMessages}).");
        Require(timeoutMs is null or > 0, $"The timeout must be at least 1 ms (got {timeoutMs}).");

        var offset = offsetText is null ? (Offset?)null : StartOffset.Parse(offsetText);
        var reset = offset switch
        {
            { IsSpecial: false } => AutoOffsetReset.Error,
            _ when offset == Offset.Beginning || fromBeginning => AutoOffsetReset.Earliest,
            _ => AutoOffsetReset.Latest,
        };
        return new ConsoleConsumerArguments(
            parseResult.GetRequiredValue(_topic),
            partition,
            offset ?? (fromBeginning ? Offset.Beginning : Offset.End),
            reset,
            maxMessages,
            timeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : Timeout.InfiniteTimeSpan,
            new RecordFormatter(KeyValueArguments.Parse(parseResult.GetValue(_property), "--property")),
            group);
    }

    protected override async Task<int> ExecuteAsync(BrokerClient client, ConsoleConsumerArguments arguments, CommandOutput output, CancellationToken cancellationToken)
    {
        var topic = (await client.CreateAdminClient().DescribeTopicAsync(arguments.Topic).WaitAsync(cancellationToken)).Metadata;
        var timestampType = topic.Configs.GetValueOrDefault(TopicConfigNames.MessageTimestampType, "CreateTime");
        await using var consumer = new ConsumerBuilder<string, string>(client, Config(arguments)).Build();
        if (arguments.Group is null)
        {
            await consumer.AssignAsync(Partitions(topic, arguments.Partition).Select(partition => new TopicPartitionOffset(topic.Name, partition, arguments.Start)))
                .WaitAsync(cancellationToken);
        }
        else
        {
            consumer.Subscribe([topic.Name]);
        }

        var count = 0L;
        try
        {
            while (count < (arguments.MaxMessages ?? long.MaxValue)
                && await consumer.ConsumeAsync(arguments.Timeout, cancellationToken) is { } record)
            {
                await output.Out.WriteAsync(arguments.Formatter.Format(record, timestampType));
                count++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C is how a console consumer is normally stopped.
        }

        if (arguments.Group is not null)
        {
            // Commits what was printed and leaves, so the group hands this consumer's partitions to the others at once.
            await consumer.UnsubscribeAsync();
        }

        await output.Error.WriteLineAsync($"Processed a total of {count} messages");
        return ExitCodes.Success;
    }

    private static ConsumerConfig Config(ConsoleConsumerArguments arguments) => arguments.Group is null
        ? new ConsumerConfig { AutoOffsetReset = arguments.Reset }
        : new ConsumerConfig
        {
            GroupId = arguments.Group,
            ClientId = GroupClientId,
            EnableAutoCommit = true,

            // Only where the group has no committed offset, as in Kafka.
            AutoOffsetReset = arguments.Reset,
        };

    private static IEnumerable<int> Partitions(TopicMetadata topic, int? partition) => partition switch
    {
        null => Enumerable.Range(0, topic.PartitionCount),
        { } one when one < topic.PartitionCount => [one],
        { } one => throw new BrokerException(
            ErrorCode.UnknownTopicOrPartition, $"Topic '{topic.Name}' has no partition {one} (it has {topic.PartitionCount})."),
    };

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new UsageException(message);
        }
    }
}
