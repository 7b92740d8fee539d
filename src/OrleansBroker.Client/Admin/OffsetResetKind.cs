namespace OrleansBroker.Client.Admin;

/// <summary>Where an offset reset moves each partition's committed offset (kafka-consumer-groups' --to-* and --shift-by options).</summary>
public enum OffsetResetKind
{
    /// <summary>The partition's first retained offset (--to-earliest).</summary>
    ToEarliest,

    /// <summary>The partition's log end (--to-latest).</summary>
    ToLatest,

    /// <summary>A given offset, kept within the retained offsets (--to-offset).</summary>
    ToOffset,

    /// <summary>The committed offset plus a given amount, kept within the retained offsets (--shift-by).</summary>
    ShiftBy,

    /// <summary>The first offset whose timestamp is at or after a given time; the log end when there is none (--to-datetime).</summary>
    ToDatetime,
}
