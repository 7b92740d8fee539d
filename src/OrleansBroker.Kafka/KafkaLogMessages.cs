using System.Net;
using Microsoft.Extensions.Logging;

namespace OrleansBroker.Kafka;

/// <summary>
/// The Kafka listener's log messages. Whatever a client sends wrong is logged at Debug: a fuzzing or broken client
/// must not flood the log; failures inside the broker are warnings.
/// </summary>
internal static partial class KafkaLogMessages
{
    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Kafka broker {NodeId} listening on {EndPoints}, advertised as {Host}:{Port}.")]
    public static partial void Listening(this ILogger logger, int nodeId, string endPoints, string host, int port);

    [LoggerMessage(EventId = 702, Level = LogLevel.Debug, Message = "Kafka listener also listens on {Address} only if it can: {Problem}")]
    public static partial void OptionalAddressUnavailable(this ILogger logger, IPAddress address, string problem);

    [LoggerMessage(EventId = 703, Level = LogLevel.Debug, Message = "Kafka connection from {Remote} closed: {Reason}")]
    public static partial void ConnectionClosed(this ILogger logger, EndPoint? remote, string reason);

    [LoggerMessage(EventId = 704, Level = LogLevel.Debug, Message = "Kafka connection from {Remote} closed after a malformed request: {Problem}")]
    public static partial void MalformedRequest(this ILogger logger, EndPoint? remote, string problem);

    [LoggerMessage(EventId = 705, Level = LogLevel.Warning, Message = "Kafka connection from {Remote} closed: serving a request failed.")]
    public static partial void RequestFailed(this ILogger logger, EndPoint? remote, Exception exception);

    [LoggerMessage(EventId = 706, Level = LogLevel.Warning, Message = "A Kafka request failed inside the broker; the client is told UNKNOWN_SERVER_ERROR.")]
    public static partial void RequestFailedInBroker(this ILogger logger, Exception exception);
}
