using OrleansBroker.Records;

namespace OrleansBroker.Storage;

/// <summary>The outcome of one batch of a grouped append: where it landed, or why it was rejected.</summary>
/// <param name="Info">Offsets and timestamps assigned; default when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the batch was not written, or null when it was.</param>
public readonly record struct AppendResult(AppendInfo Info, BrokerException? Error)
{
    /// <summary>True when the batch was written.</summary>
    public bool Succeeded => Error is null;
}
