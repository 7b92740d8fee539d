using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// A log backend that the contract tests run against (<see cref="FileBackend"/>, <see cref="AzureBlobBackend"/>): it
/// makes a fresh, empty partition directory on each call and lists a directory's files with their stored lengths.
/// Everything else the tests do to files (read, replace, damage) goes through <see cref="ILogDirectory"/> itself.
/// </summary>
public abstract class LogBackend : IDisposable
{
    /// <summary>A new, empty partition directory.</summary>
    public abstract ILogDirectory CreateDirectory();

    /// <summary>Name and stored length of every file in <paramref name="directory"/>, sorted by name.</summary>
    public abstract List<(string Name, long Length)> Files(ILogDirectory directory);

    /// <summary>Removes everything the backend made.</summary>
    public abstract void Dispose();
}
