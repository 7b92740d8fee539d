namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// A frame broke Kafka's wire format: truncated, a length that cannot be, invalid UTF-8, an unknown API or version.
/// The message names the field and the problem. It is the only exception reading untrusted bytes may throw, so
/// the listener can answer it (Kafka brokers close the connection) without ever confusing it with its own bugs.
/// </summary>
public sealed class KafkaProtocolException : Exception
{
    /// <summary>Creates the exception with a message that names the field and what is wrong with it.</summary>
    public KafkaProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Adds context (the API and version being read) to <paramref name="innerException"/>.</summary>
    public KafkaProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
