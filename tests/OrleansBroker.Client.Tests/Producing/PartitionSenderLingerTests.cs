using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// Batches sealed when their linger ends are built outside the sender's lock while records keep arriving: every record
/// is stored exactly once, in the order it was added, at consecutive offsets, and the idempotent batches carry
/// consecutive sequences.
/// </summary>
public sealed class PartitionSenderLingerTests
{
    [Fact]
    public async Task Add_RecordsArriveWhileLingeredBatchesAreBuilt_StoredOnceInOrder()
    {
        var grain = new ScriptedPartition();
        var sender = Senders.Create(grain, new CountingProducerIds(), config: new ProducerConfig { BatchSize = 1_000_000, LingerMs = 1 });

        var outcomes = new List<RecordOutcome>();
        for (var i = 0; i < 20_000; i++)
        {
            var outcome = new RecordOutcome();
            sender.Add(null, BitConverter.GetBytes(i), [], outcome);
            outcomes.Add(outcome);
            if (i % 2_000 == 0)
            {
                await Task.Delay(2, TestContext.Current.CancellationToken);
            }
        }

        await sender.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        var offsets = await Task.WhenAll(outcomes.Select(outcome => outcome.Offset));
        Assert.Equal(Enumerable.Range(41, 20_000).Select(offset => (long)offset), offsets);
        Assert.Equal(Enumerable.Range(0, 20_000), grain.Sent.SelectMany(Values));
        var headers = grain.SentHeaders();
        Assert.True(headers.Count > 1, $"Expected several lingered batches, got {headers.Count}.");
        Assert.Equal(headers.Select(header => header.BaseSequence), headers.Select((_, i) => headers.Take(i).Sum(header => header.RecordCount)));
    }

    private static List<int> Values(byte[] batch)
    {
        var values = new List<int>();
        foreach (var view in new RecordBatchReader(batch))
        {
            foreach (var record in view.Records)
            {
                values.Add(BitConverter.ToInt32(record.Value));
            }
        }

        return values;
    }
}
