using System.Globalization;
using System.Text;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>How the mixed-load soak is printed: a markdown row per sample, the summary, the Reliability line and the samples as CSV.</summary>
public static class MixedLoadReport
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>The header of the per-sample table.</summary>
    public static string SampleHeader { get; } =
        "| time s | produced/s | plain read/s | group consumed/s | plain lag | group lag | silo RSS MiB | managed MiB | activations |"
        + Environment.NewLine + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    /// <summary>One sample as a table row.</summary>
    public static string SampleRow(LoadSample sample) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {sample.Elapsed.TotalSeconds:0} | {sample.ProducedPerSecond:N0} | {sample.PlainReadPerSecond:N0} | {sample.GroupConsumedPerSecond:N0} | {sample.PlainLag:N0} | {sample.GroupLag:N0} | {sample.SiloRssBytes / Megabyte:N0} | {(sample.SiloManagedBytes is { } managed ? (managed / Megabyte).ToString("N0", CultureInfo.InvariantCulture) : "-")} | {(sample.SiloActivations?.ToString(CultureInfo.InvariantCulture) ?? "-")} |");

    /// <summary>The summary after the run, ending with the README's Reliability line.</summary>
    public static string Summary(MixedLoadResult result)
    {
        var options = result.Options;
        var summary = new StringBuilder();
        void Line(string text) => summary.AppendLine(text);
        var loadSamples = result.Samples.Where(sample => sample.Elapsed >= options.WarmUp).DefaultIfEmpty(result.Samples[^1]).ToList();
        Line(string.Create(CultureInfo.InvariantCulture, $"Produced at {loadSamples.Average(sample => sample.ProducedPerSecond):N0} records/s after warm-up (target {(options.RecordsPerSecond > 0 ? options.RecordsPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "flat out")})."));
        Line(string.Create(CultureInfo.InvariantCulture, $"Acknowledged {result.Acknowledged:N0}, failed {result.Failed:N0}; retention deleted {result.DeletedByRetention:N0} records during the run, {result.RemovedBeforeAudit:N0} of them acknowledged and not yet audited."));
        Line($"Audit of what was retained: {result.Audit}.");
        Line(string.Create(CultureInfo.InvariantCulture, $"Plain reader read {result.PlainRead:N0}; group consumed {result.GroupConsumed:N0} ({result.GroupRedelivered:N0} again after rebalances), missed {result.GroupMissed:N0}; {result.Churns} members replaced, {result.Assignments:N0} assignments."));
        Line(string.Create(CultureInfo.InvariantCulture, $"Silo RSS: {result.WarmUpRssBytes / Megabyte:N0} MiB after warm-up ({options.WarmUp.TotalSeconds:0} s), {result.EndRssBytes / Megabyte:N0} MiB at the end, {result.MaxRssBytes / Megabyte:N0} MiB max: {(result.MemoryFlat ? "flat" : "GROWING")} (flat: end <= warm-up x {MixedLoadResult.FlatTolerance})."));
        Line(string.Create(CultureInfo.InvariantCulture, $"| mixed load, {result.LoadTime.TotalMinutes:0.#} min at {(options.RecordsPerSecond > 0 ? options.RecordsPerSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s" : "flat out")}, group churn | 1 | {result.Acknowledged:N0} | {result.Audit.Found:N0} | {result.Audit.Lost:N0} | {result.Audit.Duplicated:N0} |"));
        return summary.ToString();
    }

    /// <summary>Writes the samples to <paramref name="path"/> as CSV (bytes and records per second, unformatted).</summary>
    public static async Task WriteCsvAsync(MixedLoadResult result, string path)
    {
        var lines = result.Samples.Select(sample => string.Create(
            CultureInfo.InvariantCulture,
            $"{sample.Elapsed.TotalSeconds:0.0},{sample.ProducedPerSecond:0},{sample.PlainReadPerSecond:0},{sample.GroupConsumedPerSecond:0},{sample.PlainLag},{sample.GroupLag},{sample.SiloRssBytes},{sample.SiloManagedBytes},{sample.SiloActivations}"));
        await File.WriteAllLinesAsync(
            path, lines.Prepend("elapsed_s,produced_per_s,plain_read_per_s,group_consumed_per_s,plain_lag,group_lag,silo_rss_bytes,silo_managed_bytes,silo_activations"));
    }
}
