using Azure;
using Azure.Storage.Blobs.Models;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>Cutting an append blob short, which the service cannot do in place.</summary>
internal sealed partial class AppendBlob
{
    private static readonly string BlobAlreadyExists = BlobErrorCode.BlobAlreadyExists.ToString();

    /// <summary>
    /// Leaves the blob with its first <paramref name="length"/> bytes, in as few blocks as the limit allows: reads
    /// them, deletes the blob, creates it again and appends them. The read and the delete are conditioned on the ETag
    /// this writer last saw, and the create on the blob not existing, so a rewrite never destroys another owner's
    /// appends: it fails with <see cref="LogFencedException"/> instead. Holds the kept bytes in memory. A crash between
    /// the delete and the last append loses them, so only recovery and a failed write (and the compaction of an index)
    /// rewrite a blob.
    /// </summary>
    public void Rewrite(long length)
    {
        var kept = new byte[length];
        var unchanged = new BlobRequestConditions { IfMatch = _etag };
        try
        {
            if (length > 0)
            {
                ReadExactly(kept, 0, unchanged);
            }

            _client.Delete(DeleteSnapshotsOption.IncludeSnapshots, unchanged);
            _etag = Create(_client);
        }
        catch (Exception e) when (IsFenced(e))
        {
            throw new LogFencedException($"Append blob {Name} changed under its writer while being cut to {length} bytes: another owner has it.", e);
        }
        catch (RequestFailedException e)
        {
            throw BlobCall.Failed("rewrite", Name, e);
        }

        Length = 0;
        BlockCount = 0;
        Append([kept]);
    }

    /// <summary>True for the failures that mean the blob is no longer as this writer saw it: changed, deleted, or created anew.</summary>
    private static bool IsFenced(Exception e) =>
        (e as RequestFailedException ?? e.InnerException as RequestFailedException) is { } failure
        && (failure.Status is 404 or 412 || failure.Is(BlobAlreadyExists));
}
