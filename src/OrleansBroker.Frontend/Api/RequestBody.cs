using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// The API's bodies are bound as nullable so that a request without one (empty, or the JSON literal null) reaches the
/// handler and is refused here, with the API's problem, rather than by minimal APIs' message for developers.
/// </summary>
internal static class RequestBody
{
    /// <summary><paramref name="body"/>; an <see cref="ErrorCode.InvalidRequest"/> error when the request had none.</summary>
    public static T Require<T>(T? body)
        where T : class =>
        body ?? throw new BrokerException(ErrorCode.InvalidRequest, "The request has no body: it takes a JSON object.");
}
