namespace OrleansBroker.Records;

/// <summary>The codec in bits 0-2 of a batch's attributes.</summary>
public enum CompressionType
{
    /// <summary>Records are stored as they are. The only codec the broker accepts today.</summary>
    None = 0,

    /// <summary>gzip.</summary>
    Gzip = 1,

    /// <summary>Snappy.</summary>
    Snappy = 2,

    /// <summary>LZ4.</summary>
    Lz4 = 3,

    /// <summary>Zstandard.</summary>
    Zstd = 4,
}
