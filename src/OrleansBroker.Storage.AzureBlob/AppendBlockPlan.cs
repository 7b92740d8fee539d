namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// Cuts one write into AppendBlock calls of at most the block limit. Cuts fall between buffers where they can: each
/// buffer the log writes is one whole RecordBatch, so a block then holds whole batches only, and a crash between two
/// calls of a write leaves no torn batch. A buffer larger than a block starts a new block and is cut into full blocks,
/// its remainder beginning the next.
/// </summary>
internal static class AppendBlockPlan
{
    /// <summary>The blocks of <paramref name="data"/> in order, each the buffers (or slices of one) it is made of.</summary>
    public static List<List<ReadOnlyMemory<byte>>> Cut(IReadOnlyList<ReadOnlyMemory<byte>> data, int maxBlockBytes)
    {
        var blocks = new List<List<ReadOnlyMemory<byte>>>();
        var current = new List<ReadOnlyMemory<byte>>();
        var currentBytes = 0;
        foreach (var buffer in data)
        {
            var rest = buffer;
            if (currentBytes > 0 && currentBytes + rest.Length > maxBlockBytes)
            {
                blocks.Add(current);
                current = [];
                currentBytes = 0;
            }

            while (rest.Length > maxBlockBytes)
            {
                blocks.Add([rest[..maxBlockBytes]]);
                rest = rest[maxBlockBytes..];
            }

            if (!rest.IsEmpty)
            {
                current.Add(rest);
                currentBytes += rest.Length;
            }
        }

        if (currentBytes > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    /// <summary>
    /// The most blocks <see cref="Cut"/> makes of <paramref name="bytes"/> bytes, however they are split into buffers.
    /// Two neighbouring blocks together hold more than one block's worth (else the second's first piece would have
    /// joined the first), so k blocks hold more than floor(k/2) blocks' worth: k is at most 2 * ceil(bytes / max) - 1.
    /// </summary>
    public static long MaxBlocks(long bytes, int maxBlockBytes) =>
        bytes <= 0 ? 0 : (2 * ((bytes + maxBlockBytes - 1) / maxBlockBytes)) - 1;
}
