namespace OrleansBroker.Storage.Backends;

/// <summary>
/// One partition's files: segment data and indexes, plus small whole-file records (checkpoints, metadata).
/// Used by one writer at a time; <see cref="ListFiles"/> and opened files may be read concurrently with it.
/// </summary>
public interface ILogDirectory
{
    /// <summary>Where the files are, for messages: a path or a URL.</summary>
    string Location { get; }

    /// <summary>Names of the files present, in no particular order.</summary>
    IReadOnlyList<string> ListFiles();

    /// <summary>Opens a file, creating it empty when it does not exist.</summary>
    ILogFile Open(string name, LogFileKind kind);

    /// <summary>Removes a file if it exists.</summary>
    void Delete(string name);

    /// <summary>A small file's whole content, or null when it does not exist.</summary>
    byte[]? ReadAll(string name);

    /// <summary>Replaces a small file's whole content atomically: a crash leaves the old content or the new.</summary>
    void WriteAll(string name, ReadOnlySpan<byte> content);

    /// <summary>Removes the directory and every file in it.</summary>
    void DeleteAll();
}
