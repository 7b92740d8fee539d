namespace OrleansBroker.Cli.Groups;

/// <summary>A checked reset specification.</summary>
/// <param name="Kind">Which --to-* or --shift-by option.</param>
/// <param name="Value">The offset (--to-offset), the shift (--shift-by) or the time in Unix ms (--to-datetime); 0 otherwise.</param>
internal sealed record OffsetReset(OffsetResetKind Kind, long Value);
