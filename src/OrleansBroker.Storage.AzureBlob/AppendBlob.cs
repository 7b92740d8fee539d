using System.Buffers;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// One append blob as its writer knows it: the length, block count and ETag it last saw. Every AppendBlock is
/// conditioned on the blob still ending at that length, so the bytes of two writers never interleave: the one that
/// finds the end moved gets <see cref="LogFencedException"/> and writes nothing.
/// Thread-safety: one writer; <see cref="ReadExactly(Span{byte}, long)"/> may run concurrently with it.
/// </summary>
internal sealed partial class AppendBlob
{
    private static readonly string AppendPositionConditionNotMet = BlobErrorCode.AppendPositionConditionNotMet.ToString();

    private readonly AppendBlobClient _client;
    private readonly AppendBlobLimits _limits;
    private ETag _etag;

    private AppendBlob(AppendBlobClient client, AppendBlobLimits limits, long length, int blockCount, ETag etag)
    {
        _client = client;
        _limits = limits;
        Length = length;
        BlockCount = blockCount;
        _etag = etag;
    }

    /// <summary>The blob's full name, for messages.</summary>
    public string Name => _client.Name;

    /// <summary>Bytes in the blob, as of this writer's last call.</summary>
    public long Length { get; private set; }

    /// <summary>Committed blocks, as of this writer's last call.</summary>
    public int BlockCount { get; private set; }

    /// <summary>Opens the blob, creating it empty when it does not exist (one call for an existing blob, two for a new one).</summary>
    public static AppendBlob Open(AppendBlobClient client, AppendBlobLimits limits)
    {
        try
        {
            var properties = client.GetProperties().Value;
            return new AppendBlob(client, limits, properties.ContentLength, properties.BlobCommittedBlockCount, properties.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return new AppendBlob(client, limits, 0, 0, BlobCall.Run("create", client.Name, () => Create(client)));
        }
        catch (RequestFailedException e)
        {
            throw BlobCall.Failed("open", client.Name, e);
        }
    }

    /// <summary>True when a write of <paramref name="bytes"/> bytes, cut into blocks however it is split, stays within the block limit.</summary>
    public bool HasRoomFor(long bytes) => BlockCount + AppendBlockPlan.MaxBlocks(bytes, _limits.MaxBlockBytes) <= _limits.MaxBlocks;

    /// <summary>
    /// Appends <paramref name="data"/> with one AppendBlock call per block of <see cref="AppendBlockPlan"/>. On a
    /// failure the blocks before the failed one stay appended (<see cref="Length"/> counts them).
    /// </summary>
    public void Append(IReadOnlyList<ReadOnlyMemory<byte>> data)
    {
        foreach (var block in AppendBlockPlan.Cut(data, _limits.MaxBlockBytes))
        {
            if (block.Count == 1)
            {
                AppendBlock(block[0]);
                continue;
            }

            // A block of several batches goes out as one contiguous body.
            var length = block.Sum(buffer => buffer.Length);
            var joined = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                var at = 0;
                foreach (var buffer in block)
                {
                    buffer.CopyTo(joined.AsMemory(at));
                    at += buffer.Length;
                }

                AppendBlock(joined.AsMemory(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(joined);
            }
        }
    }

    /// <summary>Fills <paramref name="buffer"/> with the blob's bytes from <paramref name="position"/> (one ranged download).</summary>
    public void ReadExactly(Span<byte> buffer, long position) => ReadExactly(buffer, position, conditions: null);

    /// <summary>Deletes the blob and its snapshots if it exists.</summary>
    public void DeleteIfExists() => BlobCall.Run("delete", Name, () => _client.DeleteIfExists(DeleteSnapshotsOption.IncludeSnapshots));

    private void ReadExactly(Span<byte> buffer, long position, BlobRequestConditions? conditions)
    {
        var options = new BlobDownloadOptions { Range = new HttpRange(position, buffer.Length), Conditions = conditions };
        try
        {
            using var download = _client.DownloadStreaming(options).Value;
            download.Content.ReadExactly(buffer);
        }
        catch (RequestFailedException e)
        {
            throw BlobCall.Failed("read", Name, e);
        }
    }

    private void AppendBlock(ReadOnlyMemory<byte> block)
    {
        var options = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = Length } };
        try
        {
            using var content = BinaryData.FromBytes(block).ToStream();
            var appended = _client.AppendBlock(content, options).Value;
            _etag = appended.ETag;
            BlockCount = appended.BlobCommittedBlockCount;
        }
        catch (RequestFailedException e) when (e.Is(AppendPositionConditionNotMet))
        {
            if (!AppendedByAnEarlierTry(block.Span))
            {
                throw new LogFencedException($"Append blob {Name} was written by another owner: it no longer ends at byte {Length}.", e);
            }
        }
        catch (RequestFailedException e)
        {
            throw BlobCall.Failed("append to", Name, e);
        }

        Length += block.Length;
    }

    /// <summary>
    /// After the append position moved, tells whether the block is there anyway, appended by an earlier try of this
    /// same call whose answer was lost (the SDK retries a call that timed out): the blob then ends with exactly it.
    /// </summary>
    private bool AppendedByAnEarlierTry(ReadOnlySpan<byte> block)
    {
        var properties = BlobCall.Run("read the properties of", Name, () => _client.GetProperties().Value);
        if (properties.ContentLength != Length + block.Length)
        {
            return false;
        }

        // Appended bytes never change, so the read needs no condition on the blob staying as it was.
        var stored = new byte[block.Length];
        ReadExactly(stored, Length);
        if (!block.SequenceEqual(stored))
        {
            return false;
        }

        _etag = properties.ETag;
        BlockCount = properties.BlobCommittedBlockCount;
        return true;
    }

    private static ETag Create(AppendBlobClient client)
    {
        var options = new AppendBlobCreateOptions { Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All } };
        return client.Create(options).Value.ETag;
    }
}
