namespace OrleansBroker.Client.Consuming;

/// <summary>auto.offset.reset: where to go when a position is out of range (retention removed it, or it was never valid).</summary>
public enum AutoOffsetReset
{
    /// <summary>Jump to the log end.</summary>
    Latest,

    /// <summary>Jump to the log start.</summary>
    Earliest,

    /// <summary>Throw <see cref="Records.BrokerException"/> with OffsetOutOfRange from Consume.</summary>
    Error,
}
