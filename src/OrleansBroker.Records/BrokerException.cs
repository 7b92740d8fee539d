namespace OrleansBroker.Records;

/// <summary>
/// The one exception type the broker throws for a failed operation. <see cref="Code"/> says what
/// kind of failure it is (a Kafka-compatible code); the message names the topic, offset or limit involved.
/// </summary>
public class BrokerException : Exception
{
    /// <summary>Creates an exception with the given code and message.</summary>
    public BrokerException(ErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates an exception with the given code, message and cause.</summary>
    public BrokerException(ErrorCode code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>What kind of failure this is.</summary>
    public ErrorCode Code { get; }
}
