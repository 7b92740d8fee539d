using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>What a handler knows besides the request body: its header, this broker and the connection's state.</summary>
/// <param name="Header">The request's header (API version, correlation id, client id).</param>
/// <param name="Broker">The broker of the listener the request came to.</param>
/// <param name="ServedApis">The APIs and versions the listener serves, for ApiVersions.</param>
/// <param name="AppendOrder">The connection's order of appends per partition, for Produce.</param>
/// <param name="ClientHost">The client's address as Kafka shows a group member's host, e.g. <c>/127.0.0.1</c>.</param>
public sealed record KafkaRequestContext(
    RequestHeader Header,
    KafkaBroker Broker,
    IReadOnlyList<ApiVersionRange> ServedApis,
    PartitionAppendOrder AppendOrder,
    string ClientHost)
{
    /// <summary>The version of the request and of its response.</summary>
    public short ApiVersion => Header.ApiVersion;
}
