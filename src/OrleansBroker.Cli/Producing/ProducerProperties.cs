using OrleansBroker.Cli.Arguments;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Cli.Producing;

/// <summary>Kafka producer configs given with <c>--producer-property</c>, as a <see cref="ProducerConfig"/>.</summary>
internal static class ProducerProperties
{
    private const string LingerMs = "linger.ms";
    private const string BatchSize = "batch.size";
    private const string BufferMemory = "buffer.memory";
    private const string EnableIdempotence = "enable.idempotence";
    private const string Option = "--producer-property";
    private static readonly string[] Known = [LingerMs, BatchSize, BufferMemory, EnableIdempotence];

    /// <summary>The producer config; unknown names and bad values are usage errors.</summary>
    public static ProducerConfig ToConfig(IReadOnlyDictionary<string, string> properties)
    {
        KeyValueArguments.RequireKnown(properties, Option, Known);
        var config = new ProducerConfig();
        config.LingerMs = (int)(KeyValueArguments.GetLong(properties, LingerMs, Option, min: 0, max: int.MaxValue) ?? config.LingerMs);
        config.BatchSize = (int)(KeyValueArguments.GetLong(properties, BatchSize, Option, min: 1, max: int.MaxValue) ?? config.BatchSize);
        config.BufferMemory = KeyValueArguments.GetLong(properties, BufferMemory, Option, min: 1) ?? config.BufferMemory;
        config.EnableIdempotence = KeyValueArguments.GetBool(properties, EnableIdempotence, Option, config.EnableIdempotence);
        return config;
    }
}
