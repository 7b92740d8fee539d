using OrleansBroker.Kafka.Protocol;
using OrleansBroker.Kafka.Protocol.Messages;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>ApiVersions (0-3): the APIs this listener serves, with their version ranges; usually a client's first request.</summary>
public sealed class ApiVersionsHandler : KafkaRequestHandler<ApiVersionsRequest>
{
    /// <summary>
    /// The answer to an ApiVersions request of a version we do not serve (newer clients start with v4): error 35
    /// (UNSUPPORTED_VERSION) and our ranges, to be written as v0, which every client can read.
    /// </summary>
    public static ApiVersionsResponse UnsupportedVersion(IReadOnlyList<ApiVersionRange> servedApis) =>
        Response(servedApis, ErrorCode.UnsupportedVersion);

    /// <inheritdoc />
    protected override Task<IKafkaResponse?> HandleAsync(ApiVersionsRequest request, KafkaRequestContext context) =>
        Task.FromResult<IKafkaResponse?>(Response(context.ServedApis, ErrorCode.None));

    private static ApiVersionsResponse Response(IReadOnlyList<ApiVersionRange> servedApis, ErrorCode error) => new()
    {
        ErrorCode = (short)error,
        ApiKeys = [.. servedApis.Select(range => new ApiVersionsResponse.ApiVersion { ApiKey = range.ApiKey, MinVersion = range.MinVersion, MaxVersion = range.MaxVersion })],
    };
}
