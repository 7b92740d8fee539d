using Azure;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>
/// Runs a storage call and reports a failure the way the log expects one, as an <see cref="IOException"/> naming the
/// blob (the partition log turns it into the append's error). Transient failures never get here: the Azure SDK's
/// retry policy has already retried them.
/// </summary>
internal static class BlobCall
{
    /// <summary>Runs <paramref name="call"/>; a <see cref="RequestFailedException"/> becomes an <see cref="IOException"/>.</summary>
    public static T Run<T>(string action, string blob, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (RequestFailedException e)
        {
            throw Failed(action, blob, e);
        }
    }

    /// <summary>The <see cref="IOException"/> for a failed call: what was done to which blob, the HTTP status and the storage error code.</summary>
    public static IOException Failed(string action, string blob, RequestFailedException e) =>
        new($"Azure Blob storage could not {action} {blob}: status {e.Status}, {e.ErrorCode ?? "no error code"}.", e);

    /// <summary>True when <paramref name="e"/> carries the storage error code <paramref name="code"/>.</summary>
    public static bool Is(this RequestFailedException e, string code) => string.Equals(e.ErrorCode, code, StringComparison.Ordinal);
}
