namespace OrleansBroker.Grains.Producers;

/// <summary>The persisted state of the producer-id grain: where the next block of ids starts.</summary>
[GenerateSerializer, Alias("OrleansBroker.ProducerIdBlockState")]
public sealed class ProducerIdBlockState
{
    /// <summary>Every id below this one is reserved (handed out, or lost with a silo that held its block).</summary>
    [Id(0)] public long NextBlockStart { get; set; }
}
