namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>
/// Where the browser tests keep their screenshots: <c>TestResults/screenshots/</c> at the repository root (found by
/// walking up to OrleansBroker.sln), which CI keeps as an artifact; one PNG per page per test, named after the test.
/// </summary>
internal static class Screenshots
{
    /// <summary>A PNG smaller than this shows nothing much: an empty or unstyled page.</summary>
    public const long MinimumBytes = 10_000;

    /// <summary>The screenshots folder, created if needed.</summary>
    public static string Directory { get; } = CreateDirectory();

    /// <summary>The file for the screenshot of <paramref name="page"/> taken by the running test.</summary>
    public static string PathFor(string page)
    {
        var test = TestContext.Current;
        var name = $"{test.TestClass?.TestClassSimpleName}.{test.TestMethod?.MethodName}.{page}.png";
        return Path.Combine(Directory, name);
    }

    private static string CreateDirectory()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OrleansBroker.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No OrleansBroker.sln above {AppContext.BaseDirectory}: cannot tell where TestResults/screenshots belongs.");
        }

        return System.IO.Directory.CreateDirectory(Path.Combine(root.FullName, "TestResults", "screenshots")).FullName;
    }
}
