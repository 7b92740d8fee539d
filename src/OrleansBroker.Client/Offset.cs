using System.Globalization;

namespace OrleansBroker.Client;

/// <summary>A position in a partition: a record's offset, or one of the sentinels <see cref="Beginning"/> and <see cref="End"/>.</summary>
/// <param name="Value">The offset, or a negative sentinel.</param>
public readonly record struct Offset(long Value)
{
    /// <summary>The earliest retained record (Kafka's -2).</summary>
    public static Offset Beginning { get; } = new(-2);

    /// <summary>The log end: only records produced from now on (Kafka's -1).</summary>
    public static Offset End { get; } = new(-1);

    /// <summary>No position yet (Kafka's -1001).</summary>
    public static Offset Unset { get; } = new(-1001);

    /// <summary>True for a sentinel rather than a real offset.</summary>
    public bool IsSpecial => Value < 0;

    /// <summary>Converts a number to an offset.</summary>
    public static implicit operator Offset(long value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value switch
    {
        -2 => "Beginning",
        -1 => "End",
        -1001 => "Unset",
        _ => Value.ToString(CultureInfo.InvariantCulture),
    };
}
