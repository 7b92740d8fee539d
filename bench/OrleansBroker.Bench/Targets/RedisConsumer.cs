using StackExchange.Redis;

namespace OrleansBroker.Bench.Targets;

/// <summary>XREADs of 10,000 entries, one per stream of the consumer at a time, pipelined across its streams.</summary>
internal sealed class RedisConsumer(ConnectionMultiplexer connection, string topic, IReadOnlyList<int> partitions) : IBenchConsumer
{
    private const int BatchSize = 10_000;

    public async Task ConsumeAsync(Arrivals arrivals)
    {
        var database = connection.GetDatabase();
        var positions = partitions.Select(_ => (RedisValue)"0-0").ToArray();
        while (!arrivals.Done)
        {
            var batches = await Task.WhenAll(partitions.Select((partition, i) => database.StreamReadAsync(RedisTarget.Stream(topic, partition), positions[i], BatchSize)));
            for (var i = 0; i < batches.Length; i++)
            {
                foreach (var entry in batches[i])
                {
                    arrivals.Add(partitions[i], (byte[])entry.Values[0].Value!);
                }

                positions[i] = batches[i] is [.., var last] ? last.Id : positions[i];
            }

            if (batches.All(batch => batch.Length == 0) && !arrivals.Done)
            {
                // Everything in this consumer's streams is read; others are still reading theirs.
                await Task.Delay(1);
            }
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
