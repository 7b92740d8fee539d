namespace OrleansBroker.Records;

/// <summary>The codec in bits 0-2 of a batch's attributes; it compresses the records area, never the header.</summary>
public enum CompressionType
{
    /// <summary>Records are stored as they are.</summary>
    None = 0,

    /// <summary>gzip.</summary>
    Gzip = 1,

    /// <summary>Snappy: a raw block (librdkafka) or the snappy-java stream (the Java client).</summary>
    Snappy = 2,

    /// <summary>LZ4, in the LZ4 frame format.</summary>
    Lz4 = 3,

    /// <summary>Zstandard.</summary>
    Zstd = 4,
}
