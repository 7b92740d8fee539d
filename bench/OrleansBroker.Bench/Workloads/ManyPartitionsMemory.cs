using System.Globalization;

namespace OrleansBroker.Bench.Workloads;

/// <summary>
/// Resident memory of a process, as the kernel counts it (<c>VmRSS</c> in <c>/proc/&lt;pid&gt;/status</c>): what a
/// container limit or the OOM killer sees, unlike the managed heap alone.
/// </summary>
internal static class ManyPartitionsMemory
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    /// <summary>Bytes resident now.</summary>
    public static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
        return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>
    /// Bytes resident once the figure stops moving: the silo's background GCs and timers run after a burst of work,
    /// so one early sample would catch garbage not yet collected. Settled = four samples 0.5 s apart within 1 % (at most 30 s).
    /// </summary>
    public static async Task<long> SettledResidentBytesAsync(int processId)
    {
        var samples = new List<long>();
        var deadline = DateTime.UtcNow + SettleLimit;
        while (true)
        {
            samples.Add(ResidentBytes(processId));
            var recent = samples.TakeLast(4).ToList();
            if ((recent.Count == 4 && recent.Max() - recent.Min() <= recent.Max() / 100) || DateTime.UtcNow > deadline)
            {
                return recent[^1];
            }

            await Task.Delay(SampleInterval);
        }
    }
}
