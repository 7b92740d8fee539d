using StackExchange.Redis;

namespace OrleansBroker.Bench.Targets;

/// <summary>
/// One <c>XREAD COUNT 10000 BLOCK 100 STREAMS …</c> over all of the consumer's streams at a time, so an idle consumer
/// is woken by the next XADD instead of polling. StackExchange.Redis has no blocking reads, hence the raw command; the
/// block holds only this consumer's own connection.
/// </summary>
internal sealed class RedisBlockingConsumer(ConnectionMultiplexer connection, string topic, IReadOnlyList<int> partitions) : IBenchConsumer
{
    private const int BatchSize = 10_000;
    private const int BlockMilliseconds = 100;

    public async Task ConsumeAsync(Arrivals arrivals)
    {
        var database = connection.GetDatabase();
        var keys = partitions.Select(partition => (object)RedisTarget.Stream(topic, partition).ToString()).ToArray();
        var positions = partitions.Select(_ => (object)"0-0").ToArray();
        while (!arrivals.Done)
        {
            var reply = await database.ExecuteAsync("XREAD", ["COUNT", BatchSize, "BLOCK", BlockMilliseconds, "STREAMS", .. keys, .. positions]);
            if (reply.IsNull)
            {
                continue;
            }

            foreach (var stream in (RedisResult[])reply!)
            {
                var (key, entries) = ((RedisResult[])stream!) is [var name, var list] ? ((string)name!, (RedisResult[])list!) : throw new InvalidOperationException("Unexpected XREAD reply.");
                var index = Array.IndexOf(keys, key);
                foreach (var entry in entries)
                {
                    var idAndFields = (RedisResult[])entry!;
                    arrivals.Add(partitions[index], (byte[])((RedisResult[])idAndFields[1]!)[1]!);
                    positions[index] = (string)idAndFields[0]!;
                }
            }
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
