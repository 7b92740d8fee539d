namespace OrleansBroker.Testing;

/// <summary>A fresh directory under the system temp path for a broker's data, deleted with everything in it on dispose.</summary>
public sealed class TempDataDirectory : IDisposable
{
    /// <summary>The directory's full path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "orleansbroker-tests", Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
