using System.Globalization;

namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>A process's resident memory, as Linux reports it in <c>/proc/&lt;pid&gt;/status</c> (VmRSS).</summary>
internal static class ProcessMemory
{
    /// <summary>The resident set of process <paramref name="processId"/>, in bytes.</summary>
    public static async Task<long> ResidentBytesAsync(int processId)
    {
        foreach (var line in await File.ReadAllLinesAsync($"/proc/{processId}/status"))
        {
            // "VmRSS:	  123456 kB"
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line.");
    }
}
