using StackExchange.Redis;

namespace OrleansBroker.Bench.Targets;

/// <summary>Pipelined XADDs on one connection, spread round-robin over the topic's streams.</summary>
internal sealed class RedisProducer(ConnectionMultiplexer connection, RedisKey[] streams) : IBenchProducer
{
    private static readonly RedisValue Field = "v";

    public async Task ProduceAsync(int count, Func<long, byte[]> value)
    {
        var database = connection.GetDatabase();
        var window = new InFlightWindow();
        for (var i = 0; i < count; i++)
        {
            var (stream, record) = (streams[i % streams.Length], value(i));
            await window.AddAsync(() => database.StreamAddAsync(stream, Field, record));
        }

        await window.DrainAsync();
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
