using System.Collections.Concurrent;
using System.Web;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrleansBroker.Storage.Tests;

/// <summary>A pipeline policy that records every request a blob client sends, so tests can count storage calls.</summary>
public sealed class RequestLog : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<StorageRequest> _requests = new();

    /// <summary>The requests in the order they were sent.</summary>
    public IReadOnlyList<StorageRequest> All => [.. _requests];

    /// <summary>The AppendBlock calls sent.</summary>
    public IReadOnlyList<StorageRequest> AppendBlocks => [.. _requests.Where(request => request.Operation == "appendblock")];

    public void Clear() => _requests.Clear();

    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var query = HttpUtility.ParseQueryString(request.Uri.Query);
        var bytes = request.Content is { } content && content.TryComputeLength(out var length) ? length : 0;
        _requests.Enqueue(new StorageRequest(
            request.Method.Method, Path.GetFileName(Uri.UnescapeDataString(request.Uri.Path)), query.Get("comp") ?? query.Get("restype") ?? string.Empty, bytes));
    }
}
