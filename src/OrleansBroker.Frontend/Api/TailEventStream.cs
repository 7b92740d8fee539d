using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OrleansBroker.Client;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Records;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// Streams a <see cref="TailCursor"/> as server-sent events: first a comment naming where each partition starts,
/// then one <c>record</c> event per record (the <see cref="RecordView"/> as JSON), and a <c>: heartbeat</c> comment
/// every heartbeat interval. It ends when the client goes away or the app stops, or with an <c>error</c> event whose
/// data is <c>{errorCode, detail}</c> (as in a problem) when the broker refuses a poll, e.g. the topic was deleted.
/// </summary>
internal sealed class TailEventStream(TailCursor cursor, BytesFormat format, TimeSpan heartbeatInterval) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        httpContext.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
        var json = httpContext.RequestServices.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

        // The app stopping ends the stream too: shutdown would otherwise wait for every open tail to time out.
        var stopping = httpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        var records = cursor.ReadAllAsync(stop.Token).GetAsyncEnumerator(stop.Token);
        var next = Task.FromResult(false);
        try
        {
            // Sent at once, so the client knows the tail is open: everything produced from now on will come.
            await WriteAsync(response, $": tailing {Describe(cursor.Start)}\n\n", stop.Token);
            next = records.MoveNextAsync().AsTask();
            var heartbeat = Task.Delay(heartbeatInterval, stop.Token);
            while (true)
            {
                await Task.WhenAny(next, heartbeat);
                stop.Token.ThrowIfCancellationRequested();
                if (!next.IsCompleted)
                {
                    await WriteAsync(response, ": heartbeat\n\n", stop.Token);
                    heartbeat = Task.Delay(heartbeatInterval, stop.Token);
                    continue;
                }

                if (!await next)
                {
                    return;
                }

                var view = JsonSerializer.Serialize(RecordView.From(records.Current, format), json);
                await WriteAsync(response, $"event: record\ndata: {view}\n\n", stop.Token);
                next = records.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client went away (or the app is stopping): that is how a tail ends.
        }
        catch (BrokerException e)
        {
            var error = JsonSerializer.Serialize(new { errorCode = e.Code.ToString(), detail = e.Message }, json);
            await WriteAsync(response, $"event: error\ndata: {error}\n\n", httpContext.RequestAborted);
        }
        finally
        {
            await stop.CancelAsync();
            // An async iterator cannot be disposed while a MoveNextAsync is still running.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await records.DisposeAsync();
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static string Describe(IEnumerable<TopicPartitionOffset> start) =>
        string.Join(", ", start.Select(position => string.Create(CultureInfo.InvariantCulture, $"{position.TopicPartition} at offset {position.Offset.Value}")));
}
