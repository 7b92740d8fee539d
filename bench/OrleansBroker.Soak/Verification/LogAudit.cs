using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Reading;

namespace OrleansBroker.Soak.Verification;

/// <summary>
/// Reads every partition of a topic from its log start to its end and checks it against an <see cref="AckLedger"/>:
/// each acknowledged record exactly once, at its acknowledged offset; each producer's records in their order within a
/// partition; no record stored twice.
/// </summary>
public static class LogAudit
{
    private const int RecordsPerRead = 10_000;
    private const int MaxProblemsShown = 5;

    /// <summary>Audits <paramref name="topic"/>'s <paramref name="partitions"/> partitions against <paramref name="ledger"/>.</summary>
    public static async Task<AuditResult> RunAsync(BrokerClient client, string topic, int partitions, AckLedger ledger, CancellationToken cancellationToken = default)
    {
        var reader = new PartitionReader(client);
        var stored = new Dictionary<RecordId, (int Partition, long Offset)>();
        var problems = new List<string>();
        long copies = 0, duplicated = 0, outOfOrder = 0;
        for (var partition = 0; partition < partitions; partition++)
        {
            var lastSequence = new Dictionary<int, long>();
            await foreach (var record in ReadAllAsync(reader, new TopicPartition(topic, partition), cancellationToken))
            {
                copies++;
                if (!RecordId.TryParse(record.Message.Value, out var id))
                {
                    Note(problems, $"{topic}-{partition}@{record.Offset} holds a record no producer of the scenario wrote");
                    continue;
                }

                if (!stored.TryAdd(id, (partition, record.Offset)))
                {
                    duplicated++;
                    Note(problems, $"{id} stored again at {topic}-{partition}@{record.Offset} (first at {stored[id].Partition}@{stored[id].Offset})");
                    continue;
                }

                if (lastSequence.TryGetValue(id.Producer, out var last) && id.Sequence < last)
                {
                    outOfOrder++;
                    Note(problems, $"{id} at {topic}-{partition}@{record.Offset} follows sequence {last} of the same producer");
                }

                lastSequence[id.Producer] = Math.Max(id.Sequence, last);
            }
        }

        long found = 0, lost = 0, misplaced = 0;
        foreach (var (id, place) in ledger.Acknowledged)
        {
            if (!stored.TryGetValue(id, out var actual))
            {
                lost++;
                Note(problems, $"{id} acknowledged at {topic}-{place.Partition}@{place.Offset} is not in the log");
            }
            else if (actual != place)
            {
                misplaced++;
                Note(problems, $"{id} acknowledged at {topic}-{place.Partition}@{place.Offset} is stored at {actual.Partition}@{actual.Offset}");
            }
            else
            {
                found++;
            }
        }

        return new AuditResult(ledger.AcknowledgedCount, found, lost, misplaced, duplicated, outOfOrder, copies, problems);
    }

    private static async IAsyncEnumerable<ConsumeResult<byte[], byte[]>> ReadAllAsync(
        PartitionReader reader, TopicPartition partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watermarks = await reader.QueryWatermarkOffsetsAsync(partition, cancellationToken);
        var next = watermarks.Low;
        while (next < watermarks.High)
        {
            var read = await reader.ReadAsync(partition, next, RecordsPerRead, cancellationToken: cancellationToken);
            foreach (var record in read.Records)
            {
                yield return record;
            }

            next = read.NextOffset;
        }
    }

    private static void Note(List<string> problems, string problem)
    {
        if (problems.Count < MaxProblemsShown)
        {
            problems.Add(problem);
        }
    }
}
