using System.Buffers;

namespace OrleansBroker.Records;

/// <summary>
/// The decompressed records of one batch in an array rented from the shared pool, so that reading compressed batches
/// does not allocate per batch. <see cref="Dispose"/> returns the array; spans read from it are invalid afterwards.
/// </summary>
internal readonly struct PooledRecords(byte[] rented, int length) : IDisposable
{
    /// <summary>The rented array; longer than <see cref="Length"/>.</summary>
    public byte[] Array { get; } = rented;

    /// <summary>Bytes of records in <see cref="Array"/>.</summary>
    public int Length { get; } = length;

    /// <summary>The records area, as the uncompressed batch would hold it.</summary>
    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<byte>.Shared.Return(Array);
}
