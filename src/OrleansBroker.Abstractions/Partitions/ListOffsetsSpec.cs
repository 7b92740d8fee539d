namespace OrleansBroker.Abstractions.Partitions;

/// <summary>Kafka's special timestamps for a list-offsets query.</summary>
public static class ListOffsetsSpec
{
    /// <summary>The log end offset (high watermark).</summary>
    public const long Latest = -1;

    /// <summary>The log start offset.</summary>
    public const long Earliest = -2;
}
