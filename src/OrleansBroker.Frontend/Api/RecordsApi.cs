using Microsoft.Extensions.Options;
using OrleansBroker.Abstractions;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// Records over HTTP, under <c>/api/topics/{topic}</c>: produce one, read a page of a partition, follow the topic
/// live (server-sent events). Broker errors are problems; an offset out of range is a 400 (errorCode
/// OffsetOutOfRange, with the partition's readable range in the detail) and a record too large a 413.
/// </summary>
public static class RecordsApi
{
    /// <summary>Maps the records endpoints: producing needs the admin policy, reading the read policy.</summary>
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var topic = app.MapGroup("/api/topics/{topic}")
            .WithTags("Records")
            .AddEndpointFilter<BrokerProblemFilter>();

        topic.MapPost("/records", ProduceAsync).WithName("ProduceRecord").RequireAuthorization(FrontendPolicies.Admin)
            .Produces<ProduceRecordResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        topic.MapGet("/partitions/{partition}/records", ReadRecordsAsync).WithName("ReadRecords").RequireAuthorization(FrontendPolicies.Read)
            .Produces<RecordPageResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        topic.MapGet("/tail", TailAsync).WithName("TailTopic").RequireAuthorization(FrontendPolicies.Read)
            .Produces<RecordView>(contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ProduceAsync(string topic, ProduceRecordRequest? request, RecordProducer producer, CancellationToken cancellationToken)
    {
        request = RequestBody.Require(request);
        var delivered = await producer.ProduceAsync(topic, request.Partition, request.ToMessage(), cancellationToken);
        var location = $"/api/topics/{Uri.EscapeDataString(topic)}/partitions/{delivered.Partition}/records?offset={delivered.Offset}&limit=1";
        return Results.Created(location, new ProduceRecordResponse(delivered.Partition, delivered.Offset, delivered.Timestamp));
    }

    /// <summary>
    /// A page from <c>offset</c>, the <c>latest</c> N records, or the first at <c>timestamp</c> (ms or ISO-8601), else
    /// from the log start; <c>limit</c> records (default 50, at most 500); bytes as <c>format</c> (text, hex or base64).
    /// </summary>
    private static async Task<IResult> ReadRecordsAsync(
        string topic, int partition, long? offset, long? latest, string? timestamp, int? limit, string? format, RecordPageReader pages, CancellationToken cancellationToken)
    {
        var bytesFormat = BytesCodec.ParseFormat(format, "format");
        var start = PageStart.Parse(offset, latest, timestamp);
        var page = await pages.ReadAsync(new TopicPartition(topic, partition), start, limit ?? RecordPageReader.DefaultLimit, cancellationToken);
        return Results.Ok(RecordPageResponse.From(page, bytesFormat));
    }

    /// <summary>Opens the tail before answering, so an unknown topic is a 404 problem rather than a broken stream.</summary>
    private static async Task<IResult> TailAsync(string topic, string? format, TopicTail tail, IOptions<TailOptions> options, CancellationToken cancellationToken)
    {
        var bytesFormat = BytesCodec.ParseFormat(format, "format");
        var cursor = await tail.OpenAsync(topic, cancellationToken);
        return new TailEventStream(cursor, bytesFormat, options.Value.HeartbeatInterval);
    }
}
