using System.Text.Json;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kafkajs;

/// <summary>
/// Runs this folder's Node scripts, kafkajs clients of a listener, with <c>node</c> and parses the JSON each prints.
/// The first run installs kafkajs, pinned by package-lock.json, with npm ci (<see cref="NpmPackages"/>).
/// </summary>
public static class KafkajsScripts
{
    private const string Folder = "tests/OrleansBroker.Kafka.Listener.Tests/Kafkajs";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A backstop only: each script gives up by itself after 30 s with a message.</summary>
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>node <paramref name="script"/> <paramref name="bootstrap"/> <paramref name="arguments"/></c>; returns its JSON result.</summary>
    public static async Task<JsonElement> RunAsync(string script, string bootstrap, params string[] arguments)
    {
        using (var installing = new CancellationTokenSource(InstallTimeout))
        {
            await NpmPackages.EnsureAsync(Folder, Path.Combine("node_modules", "kafkajs", "package.json"), installing.Token);
        }

        var path = Path.Combine(NpmPackages.RepositoryRoot(), Folder, script);
        return JsonDocument.Parse(await ExternalTool.RunAsync("node", [path, bootstrap, .. arguments], RunTimeout)).RootElement;
    }
}
