using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Healthy while this silo is active in its cluster and every Orleans health-check participant (the components
/// Orleans' own watchdog asks) reports healthy since the previous check. One instance per silo: it remembers when
/// it last asked.
/// </summary>
internal sealed class OrleansSiloHealthCheck(ISiloStatusOracle status, IEnumerable<IHealthCheckParticipant> participants, TimeProvider time) : IHealthCheck
{
    private long _lastCheckTicks = time.GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.CurrentStatus != SiloStatus.Active)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The silo is {status.CurrentStatus}, not Active."));
        }

        var since = new DateTime(Interlocked.Exchange(ref _lastCheckTicks, time.GetUtcNow().UtcTicks), DateTimeKind.Utc);
        var failures = new List<string>();
        foreach (var participant in participants)
        {
            if (!participant.CheckHealth(since, out var reason))
            {
                failures.Add($"{participant.GetType().Name}: {reason}");
            }
        }

        return Task.FromResult(failures.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy(string.Join("; ", failures)));
    }
}
