using System.CommandLine;
using System.Globalization;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Records;

namespace OrleansBroker.Soak.Commands;

/// <summary>
/// <c>consume-worker</c>: a consumer-group member in a process of its own, so a scenario can SIGKILL it. It prints
/// <c>record &lt;count&gt; &lt;partition&gt; &lt;offset&gt;</c> for each record as it processes it (count from 1) and commits after every
/// <c>--commit-every</c> records processed (commit after processing: at-least-once), until it is killed.
/// </summary>
internal sealed class ConsumeWorkerCommand : Command
{
    /// <summary>The start of each line printed for a record.</summary>
    public const string RecordLine = "record ";

    private readonly Option<string> _bootstrapServer = new("--bootstrap-server") { Required = true };
    private readonly Option<string> _topic = new("--topic") { Required = true };
    private readonly Option<string> _group = new("--group") { Required = true };
    private readonly Option<int> _commitEvery = new("--commit-every") { Description = "Commit after processing this many records; 0 never commits.", DefaultValueFactory = _ => 50 };
    private readonly Option<int> _sessionTimeoutMs = new("--session-timeout-ms") { DefaultValueFactory = _ => 6000 };
    private readonly Option<int> _recordDelayMs = new("--record-delay-ms") { Description = "Time spent processing each record.", DefaultValueFactory = _ => 0 };

    public ConsumeWorkerCommand()
        : base("consume-worker", "A consumer-group member that prints and commits what it consumes, for group-crash to kill.")
    {
        Options.Add(_bootstrapServer);
        Options.Add(_topic);
        Options.Add(_group);
        Options.Add(_commitEvery);
        Options.Add(_sessionTimeoutMs);
        Options.Add(_recordDelayMs);
        SetAction(ExecuteAsync);
    }

    private async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var commitEvery = parseResult.GetValue(_commitEvery);
        var recordDelay = TimeSpan.FromMilliseconds(parseResult.GetValue(_recordDelayMs));
        var sessionTimeoutMs = parseResult.GetValue(_sessionTimeoutMs);
        await using var client = await BrokerClient.ConnectAsync(parseResult.GetRequiredValue(_bootstrapServer), cancellationToken);
        await using var consumer = new ConsumerBuilder<byte[], byte[]>(client, new ConsumerConfig
        {
            GroupId = parseResult.GetRequiredValue(_group),
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SessionTimeoutMs = sessionTimeoutMs,
            HeartbeatIntervalMs = sessionTimeoutMs / 6,
        }).Build();
        consumer.Subscribe([parseResult.GetRequiredValue(_topic)]);
        var sinceCommit = 0;
        var processed = 0L;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (await consumer.ConsumeAsync(TimeSpan.FromSeconds(1), cancellationToken) is not { } record)
            {
                continue;
            }

            if (recordDelay > TimeSpan.Zero)
            {
                await Task.Delay(recordDelay, cancellationToken);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{RecordLine}{++processed} {record.Partition} {record.Offset}"));
            if (commitEvery > 0 && ++sinceCommit == commitEvery)
            {
                sinceCommit = 0;
                await CommitAsync(consumer, cancellationToken);
            }
        }

        return 0;
    }

    private static async Task CommitAsync(IConsumer<byte[], byte[]> consumer, CancellationToken cancellationToken)
    {
        try
        {
            await consumer.CommitAsync(cancellationToken);
        }
        catch (BrokerException e)
        {
            // Fenced by a rebalance: the partitions are someone else's now and resume from the last good commit.
            await Console.Error.WriteLineAsync($"commit failed: {e.Message}");
        }
    }
}
