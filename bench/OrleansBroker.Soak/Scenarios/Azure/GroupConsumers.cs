using System.Collections.Concurrent;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.Azure;

/// <summary>
/// SDK consumers of one group, subscribed to a topic from its beginning and committing automatically, noting every
/// record they are given. A group may hand a record out twice (after a rebalance, from the last commit) but must never
/// skip one: <see cref="MissingFrom"/> names what no member was given. Errors while consuming are counted, and the
/// consumer carries on, as an application would.
/// </summary>
public sealed class GroupConsumers
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private readonly ConcurrentDictionary<RecordId, byte> _consumed = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _loops = [];
    private long _errors;

    private GroupConsumers()
    {
    }

    /// <summary>Distinct records the group was given.</summary>
    public int Consumed => _consumed.Count;

    /// <summary>Errors the consumers got and carried on after.</summary>
    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Starts <paramref name="consumers"/> members of <paramref name="group"/> on <paramref name="topic"/>.</summary>
    public static GroupConsumers Start(BrokerClient client, string topic, string group, int consumers)
    {
        var running = new GroupConsumers();
        for (var i = 0; i < consumers; i++)
        {
            running._loops.Add(Task.Run(() => running.RunAsync(client, topic, group)));
        }

        return running;
    }

    /// <summary>The acknowledged records of <paramref name="ledger"/> that no member has been given (yet).</summary>
    public IReadOnlyList<RecordId> MissingFrom(AckLedger ledger) => [.. ledger.Acknowledged.Keys.Where(id => !_consumed.ContainsKey(id))];

    /// <summary>Stops every member (they leave the group).</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_loops);
        _stop.Dispose();
    }

    private async Task RunAsync(BrokerClient client, string topic, string group)
    {
        var config = new ConsumerConfig { GroupId = group, AutoOffsetReset = AutoOffsetReset.Earliest, AutoCommitIntervalMs = 1000 };
        var consumer = new ConsumerBuilder<byte[], byte[]>(client, config).Build();
        try
        {
            await ConsumeAsync(consumer, topic);
        }
        finally
        {
            await LeaveAsync(consumer);
        }
    }

    /// <summary>Leaves the group; a failure (its gateway just died) is counted: the group then drops the member at its session timeout.</summary>
    private async Task LeaveAsync(IConsumer<byte[], byte[]> consumer)
    {
        try
        {
            await consumer.DisposeAsync();
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    private async Task ConsumeAsync(IConsumer<byte[], byte[]> consumer, string topic)
    {
        consumer.Subscribe([topic]);
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (await consumer.ConsumeAsync(Poll, _stop.Token) is { } record && RecordId.TryParse(record.Message.Value, out var id))
                {
                    _consumed.TryAdd(id, 0);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _errors);
            }
        }
    }
}
