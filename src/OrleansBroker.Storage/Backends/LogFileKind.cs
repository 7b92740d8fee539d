namespace OrleansBroker.Storage.Backends;

/// <summary>How a log file's writes must reach storage.</summary>
public enum LogFileKind
{
    /// <summary>Segment data: a write is durable in the backend's sense when it returns (acknowledged records).</summary>
    Data,

    /// <summary>An index: writes may be held back until <see cref="ILogFile.Flush"/>, since recovery rebuilds lost entries from the data.</summary>
    Index,
}
