namespace OrleansBroker.Frontend.Records;

/// <summary>The kinds of <see cref="PageStart"/>.</summary>
public enum PageStartKind
{
    /// <summary>The partition's log start offset.</summary>
    Beginning,

    /// <summary>A given offset.</summary>
    Offset,

    /// <summary>The last N records: the high watermark minus N, no earlier than the log start.</summary>
    Latest,

    /// <summary>The first record at or after a time.</summary>
    Timestamp,
}
