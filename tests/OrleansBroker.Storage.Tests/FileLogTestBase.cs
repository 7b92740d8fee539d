using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Storage.Tests;

/// <summary>The base of the tests that are about local files only: the test's directory is a path on local disk.</summary>
public abstract class FileLogTestBase() : LogTestBase(new FileBackend())
{
    /// <summary>The test's directory on disk, created on first use.</summary>
    private protected string DirectoryPath => Directory.CreateDirectory(((FileLogDirectory)LogDirectory).Path).FullName;

    /// <summary>The full path of <paramref name="name"/> in the test's directory.</summary>
    private protected string PathOf(string name) => Path.Combine(DirectoryPath, name);
}
