namespace OrleansBroker.Infra.Tests;

/// <summary>Paths inside the repository, found by walking up from the test binaries to OrleansBroker.sln.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds OrleansBroker.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The full path of <paramref name="relativePath"/> under the repository root.</summary>
    public static string Of(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansBroker.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OrleansBroker.sln above {AppContext.BaseDirectory}.");
    }
}
