using Microsoft.Extensions.Logging;
using OrleansBroker.Records;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>A Kafka error code with its message, as a response reports the failure of one topic or partition.</summary>
/// <param name="Code">Kafka's error code.</param>
/// <param name="Message">What went wrong, for the responses that carry a message.</param>
public readonly record struct KafkaError(short Code, string Message)
{
    /// <summary>An error with a broker code.</summary>
    public KafkaError(ErrorCode code, string message)
        : this((short)code, message)
    {
    }

    /// <summary>
    /// The error a failed grain call reports: a <see cref="BrokerException"/>'s own code, REQUEST_TIMED_OUT for a
    /// timeout, else UNKNOWN_SERVER_ERROR, which is also logged since it is the broker's trouble, not the client's.
    /// </summary>
    public static KafkaError From(Exception exception, ILogger logger)
    {
        switch (exception)
        {
            case BrokerException broker:
                return new KafkaError(broker.Code, broker.Message);
            case TimeoutException:
                return new KafkaError(ErrorCode.RequestTimedOut, exception.Message);
            default:
                logger.RequestFailedInBroker(exception);
                return new KafkaError(ErrorCode.Unknown, exception.Message);
        }
    }
}
