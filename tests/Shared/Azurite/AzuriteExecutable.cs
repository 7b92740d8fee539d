namespace OrleansBroker.Testing.Azurite;

/// <summary>Where the repository's Azurite lives: AppHost/node_modules, installed by <see cref="NpmPackages"/> when missing.</summary>
public static class AzuriteExecutable
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The full path of the azurite command, after <c>npm ci</c> in AppHost if it was not installed yet.</summary>
    public static async Task<string> EnsureAsync()
    {
        using var installing = new CancellationTokenSource(InstallTimeout);
        return await NpmPackages.EnsureAsync("AppHost", Path.Combine("node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite"), installing.Token);
    }
}
