namespace OrleansBroker.Storage.Tests;

/// <summary>This process's open file descriptors, as Linux lists them in <c>/proc/self/fd</c>: what a silo's limit counts.</summary>
internal static class OpenHandles
{
    /// <summary>Names of the files under <paramref name="directory"/> this process holds open, sorted (a file open twice is listed twice).</summary>
    public static List<string> In(string directory)
    {
        var prefix = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        var names = new List<string>();
        foreach (var descriptor in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(descriptor).LinkTarget is { } target && target.StartsWith(prefix, StringComparison.Ordinal))
                {
                    names.Add(Path.GetFileName(target));
                }
            }
            catch (IOException)
            {
                // Closed between listing and reading it.
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }
}
