using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace OrleansBroker.AppHost.Tests;

/// <summary>
/// The AppHost started once for a test class, as <c>dotnet run --project AppHost</c> starts it (Azurite and three
/// silos), and stopped when the class is done. Ready once every resource instance reports healthy.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    /// <summary>The silo project resources' names.</summary>
    public static readonly IReadOnlyList<string> SiloNames = ["silo-1", "silo-2", "silo-3"];

    /// <summary>How long the AppHost may take to start its resources, or its silos to restart.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The resources the AppHost runs, with how many instances of each.</summary>
    public static readonly IReadOnlyDictionary<string, int> Expected = SiloNames.Append("azurite").ToDictionary(name => name, _ => 1);

    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(1);
    private DistributedApplication? _app;

    /// <summary>The running application.</summary>
    public DistributedApplication App => _app ?? throw new InvalidOperationException("The AppHost has not been started.");

    /// <summary>The silo replicas as last seen healthy (their environment among the rest).</summary>
    public IReadOnlyList<ResourceEvent> Silos { get; private set; } = [];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.OrleansBroker_AppHost>(deadline.Token);
        // The resources' own output stays in the DCP log files; the test output keeps only problems.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _app = await builder.BuildAsync(deadline.Token);
        await _app.StartAsync(deadline.Token);
        await WaitUntilHealthyAsync(_ => true);
    }

    /// <summary>
    /// Asks every silo replica to stop, all at once. DCP reports a stop of a <c>dotnet run</c> project as failed
    /// even when the process does stop (the state turns "Unknown", microsoft/aspire#11046), so the result is not
    /// trusted: callers check that the silos are gone. Returns DCP's answers, for failure messages.
    /// </summary>
    public async Task<string> StopSilosAsync()
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        var results = await Task.WhenAll(Silos.Select(silo => App.ResourceCommands.ExecuteCommandAsync(silo.ResourceId, KnownResourceCommands.StopCommand, deadline.Token)));
        return string.Join("; ", Silos.Zip(results, (silo, result) => $"{silo.ResourceId}: {result.Message}"));
    }

    /// <summary>Starts every silo replica again and waits until all run a new process and report healthy.</summary>
    public async Task StartSilosAsync()
    {
        var previousStarts = Silos.ToDictionary(silo => silo.ResourceId, silo => silo.Snapshot.StartTimeStamp);
        using var deadline = new CancellationTokenSource(StartTimeout);
        foreach (var silo in Silos)
        {
            var result = await App.ResourceCommands.ExecuteCommandAsync(silo.ResourceId, KnownResourceCommands.StartCommand, deadline.Token);
            Assert.True(result.Success, $"Starting {silo.ResourceId} failed: {result.Message}");
        }

        await WaitUntilHealthyAsync(instance => !previousStarts.TryGetValue(instance.ResourceId, out var previous) || instance.Snapshot.StartTimeStamp != previous);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var deadline = new CancellationTokenSource(StopTimeout);
            await _app.StopAsync(deadline.Token);
            await _app.DisposeAsync();
        }
    }

    // Only instances that are current count: a restarted replica may show its old process's health for a while.
    private async Task WaitUntilHealthyAsync(Func<ResourceEvent, bool> isCurrent)
    {
        var latest = new Dictionary<string, ResourceEvent>();
        bool AllHealthy() => Expected.All(expected => latest.Values.Count(e =>
            e.Resource.Name == expected.Key && e.Snapshot.HealthStatus == HealthStatus.Healthy && isCurrent(e)) == expected.Value);

        using var deadline = new CancellationTokenSource(StartTimeout);
        try
        {
            await foreach (var resourceEvent in App.ResourceNotifications.WatchAsync(deadline.Token))
            {
                if (Expected.ContainsKey(resourceEvent.Resource.Name))
                {
                    latest[resourceEvent.ResourceId] = resourceEvent;
                }

                if (AllHealthy())
                {
                    Silos = [.. latest.Values.Where(e => SiloNames.Contains(e.Resource.Name))];
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Reported below with what was seen last.
        }

        var states = latest.Values.Select(e => $"{e.ResourceId} {e.Snapshot.State?.Text ?? "without state"}/{e.Snapshot.HealthStatus?.ToString() ?? "no health yet"} since {e.Snapshot.StartTimeStamp:O}");
        Assert.Fail($"Waited {StartTimeout.TotalSeconds:0} s for {string.Join(" and ", Expected.Select(e => $"{e.Value} healthy {e.Key}"))}; last seen: {string.Join(", ", states)}.");
        throw new UnreachableException();
    }
}
