using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Kcat;

/// <summary>
/// Runs Debian's kcat against a listener and returns what it printed. The first run makes sure kcat is installed
/// (<see cref="DebianPackage"/>: apt-get as root, else a clear failure, never a skip).
/// </summary>
public static class Kcat
{
    /// <summary>Where Debian's kcat package installs the program.</summary>
    public const string ExecutablePath = "/usr/bin/kcat";

    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs <c>kcat -b <paramref name="bootstrap"/></c> with <paramref name="arguments"/>, <paramref name="input"/> on stdin; returns stdout, failing on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string bootstrap, IEnumerable<string> arguments, string? input = null)
    {
        await EnsureInstalledAsync();
        return await ExternalTool.RunAsync(ExecutablePath, new[] { "-b", bootstrap }.Concat(arguments), RunTimeout, input);
    }

    /// <summary>Installs kcat when it is missing (<see cref="DebianPackage"/>).</summary>
    public static Task EnsureInstalledAsync() => DebianPackage.EnsureAsync("kcat", ExecutablePath);
}
