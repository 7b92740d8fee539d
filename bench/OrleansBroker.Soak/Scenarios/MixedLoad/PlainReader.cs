using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Reading;
using OrleansBroker.Soak.Verification;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// A consumer without a group that assigns every partition from the beginning and feeds each record to the audit as
/// it goes, so the audit checks order and acknowledged offsets while the load runs. When retention removes records
/// before it reads them it continues from the log start (auto.offset.reset=earliest), and the audit is told.
/// </summary>
internal sealed class PlainReader(BrokerClient client, MixedLoadAudit audit, LoadCounters counters)
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Reads until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        var watermarks = new PartitionReader(client);
        await using var consumer = new ConsumerBuilder<byte[], byte[]>(client, new ConsumerConfig { AutoOffsetReset = AutoOffsetReset.Earliest }).Build();
        await consumer.AssignAsync(audit.Partitions.Select(partition => new TopicPartitionOffset(partition.Partition, Offset.Beginning)));
        while (!stop.IsCancellationRequested)
        {
            ConsumeResult<byte[], byte[]>? record;
            try
            {
                record = await consumer.ConsumeAsync(PollTimeout, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            if (record is null)
            {
                continue;
            }

            var partition = audit.Of(new TopicPartition(record.Topic, record.Partition));
            if (record.Offset > partition.Next)
            {
                var logStart = (await watermarks.QueryWatermarkOffsetsAsync(partition.Partition, CancellationToken.None)).Low;
                partition.Skipped(record.Offset, byRetention: logStart >= record.Offset);
            }

            partition.Read(RecordId.TryParse(record.Message.Value, out var id) ? id : null, record.Offset);
            counters.AddReadByPlain();
        }
    }
}
