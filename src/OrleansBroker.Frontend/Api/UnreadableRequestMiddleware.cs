using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// Answers an API request that could not be read with the same kind of problem as the broker's own refusals
/// (errorCode InvalidRequest) and a detail naming what could not be read: malformed JSON, a JSON value of the wrong
/// type, a query value that is not a number, a body over Kestrel's MaxRequestBodySize. Minimal APIs would answer these
/// with an empty 400 or 413; with <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> they throw, and are caught here.
/// </summary>
internal sealed class UnreadableRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (ApiProblem.IsApiRequest(context.Request) && !context.Response.HasStarted)
        {
            await BrokerProblemFilter.Problem(ErrorCode.InvalidRequest, e.StatusCode, Describe(e)).ExecuteAsync(context);
            return;
        }

        // Reading a body over the limit fails inside minimal APIs' binding, which sets 413 without throwing.
        if (context.Response is { StatusCode: StatusCodes.Status413PayloadTooLarge, HasStarted: false } && ApiProblem.IsApiRequest(context.Request))
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            var detail = $"The request body is larger than the server accepts: at most {limit} bytes (Kestrel:Limits:MaxRequestBodySize).";
            await BrokerProblemFilter.Problem(ErrorCode.InvalidRequest, StatusCodes.Status413PayloadTooLarge, detail).ExecuteAsync(context);
        }
    }

    /// <summary>What could not be read. A JSON syntax error carries the reader's own error as its inner exception.</summary>
    private static string Describe(BadHttpRequestException e) => e.InnerException switch
    {
        JsonException { InnerException: JsonException } json =>
            $"The request body is not valid JSON at {json.Path ?? "$"}: {WithoutPosition(json.Message)}",
        JsonException json => $"The value at {json.Path ?? "$"} in the request body has the wrong JSON type or is out of range.",
        _ => e.Message,
    };

    /// <summary>The reader's reason without the position it appends (" Path: $.x | LineNumber: ..."), which the detail gives itself.</summary>
    private static string WithoutPosition(string message) =>
        message.IndexOf(" Path: ", StringComparison.Ordinal) is var at and >= 0 ? message[..at] : message;
}
