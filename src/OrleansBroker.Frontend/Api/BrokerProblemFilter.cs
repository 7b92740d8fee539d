using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// The API's one exception-to-response mapping: a <see cref="BrokerException"/> becomes an RFC 7807 problem whose
/// <c>title</c> and <c>errorCode</c> are the Kafka error name and whose <c>detail</c> is the broker's message; any other
/// failure is a 500 that says nothing of the internals (it is logged).
/// </summary>
internal sealed partial class BrokerProblemFilter(ILogger<BrokerProblemFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BrokerException e) when (StatusOf(e.Code) is var status and not StatusCodes.Status500InternalServerError)
        {
            return Problem(e.Code, status, e.Message);
        }
        catch (Exception e) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogFailed(e, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return Results.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "An error occurred while processing the request.");
        }
    }

    /// <summary>The API's problem for a broker error: <paramref name="code"/> as title and errorCode, <paramref name="detail"/> saying what was wrong.</summary>
    public static IResult Problem(ErrorCode code, int status, string detail) => Results.Problem(
        detail: detail,
        statusCode: status,
        title: code.ToString(),
        extensions: new Dictionary<string, object?> { ["errorCode"] = code.ToString() });

    /// <summary>The HTTP status of a broker error code.</summary>
    public static int StatusOf(ErrorCode code) => code switch
    {
        ErrorCode.UnknownTopicOrPartition => StatusCodes.Status404NotFound,
        ErrorCode.TopicAlreadyExists => StatusCodes.Status409Conflict,
        ErrorCode.GroupIdNotFound => StatusCodes.Status404NotFound,
        ErrorCode.NonEmptyGroup => StatusCodes.Status409Conflict,
        ErrorCode.InvalidTopic or ErrorCode.InvalidPartitions or ErrorCode.InvalidReplicationFactor
            or ErrorCode.InvalidConfig or ErrorCode.InvalidRequest => StatusCodes.Status400BadRequest,
        ErrorCode.OffsetOutOfRange => StatusCodes.Status400BadRequest,
        ErrorCode.MessageTooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed.")]
    private partial void LogFailed(Exception exception, string method, PathString path);
}
