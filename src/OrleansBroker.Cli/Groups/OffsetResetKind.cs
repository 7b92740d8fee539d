namespace OrleansBroker.Cli.Groups;

/// <summary>Where <c>consumer-groups --reset-offsets</c> moves each partition's committed offset.</summary>
internal enum OffsetResetKind
{
    /// <summary>--to-earliest: the partition's first retained offset.</summary>
    ToEarliest,

    /// <summary>--to-latest: the partition's log end.</summary>
    ToLatest,

    /// <summary>--to-offset N: N, kept within the retained offsets.</summary>
    ToOffset,

    /// <summary>--shift-by N: the committed offset plus N, kept within the retained offsets.</summary>
    ShiftBy,

    /// <summary>--to-datetime: the first offset whose timestamp is at or after the time.</summary>
    ToDatetime,
}
