namespace OrleansBroker.Client.Admin;

/// <summary>A checked offset reset: where <see cref="ConsumerGroupAdminExtensions.ResetConsumerGroupOffsetsAsync"/> moves the offsets.</summary>
public sealed record OffsetReset
{
    /// <summary>Checks and creates a reset.</summary>
    /// <param name="kind">Where to move the offsets.</param>
    /// <param name="value">
    /// The offset (<see cref="OffsetResetKind.ToOffset"/>, 0 or more), the shift (<see cref="OffsetResetKind.ShiftBy"/>,
    /// negative to go back) or the time in Unix milliseconds (<see cref="OffsetResetKind.ToDatetime"/>); ignored otherwise.
    /// </param>
    /// <exception cref="ArgumentException">A negative offset for <see cref="OffsetResetKind.ToOffset"/>; the message says so.</exception>
    public OffsetReset(OffsetResetKind kind, long value)
    {
        if (kind == OffsetResetKind.ToOffset && value < 0)
        {
            throw new ArgumentException($"The offset must be a non-negative number (got {value}).");
        }

        (Kind, Value) = (kind, value);
    }

    /// <summary>Where to move the offsets.</summary>
    public OffsetResetKind Kind { get; }

    /// <summary>The offset, the shift or the time in Unix milliseconds, as <see cref="Kind"/> needs; 0 otherwise.</summary>
    public long Value { get; }
}
