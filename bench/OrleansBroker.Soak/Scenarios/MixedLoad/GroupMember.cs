using System.Globalization;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// One SDK consumer in the scenario's group: subscribes to every topic, consumes what the group assigns it (auto
/// commit) and marks each record in the tally; leaving commits and gives its partitions to the others.
/// </summary>
internal sealed class GroupMember
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(200);
    private readonly IConsumer<byte[], byte[]> _consumer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _consuming;

    public GroupMember(BrokerClient client, string group, int number, IReadOnlyList<string> topics, MixedLoadAudit audit, LoadCounters counters)
    {
        var config = new ConsumerConfig
        {
            GroupId = group,
            ClientId = string.Create(CultureInfo.InvariantCulture, $"soak-member-{number}"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        _consumer = new ConsumerBuilder<byte[], byte[]>(client, config).SetPartitionsAssignedHandler(_ => counters.AddAssignment()).Build();
        _consumer.Subscribe(topics);
        _consuming = ConsumeAsync(audit, counters, _stop.Token);
    }

    /// <summary>Stops consuming, commits and leaves the group.</summary>
    public async Task LeaveAsync()
    {
        await _stop.CancelAsync();
        await _consuming;
        await _consumer.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ConsumeAsync(MixedLoadAudit audit, LoadCounters counters, CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            ConsumeResult<byte[], byte[]>? record;
            try
            {
                record = await _consumer.ConsumeAsync(PollTimeout, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            if (record is not null && RecordId.TryParse(record.Message.Value, out var id))
            {
                counters.AddConsumedByGroup(redelivered: !audit.Tally.ConsumedByGroup(id));
            }
        }
    }
}
