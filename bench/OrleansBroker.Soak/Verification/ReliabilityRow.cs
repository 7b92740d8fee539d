using System.Globalization;

namespace OrleansBroker.Soak.Verification;

/// <summary>A row of the README's Reliability table, as every command prints it.</summary>
public static class ReliabilityRow
{
    /// <summary><c>| case | runs | acknowledged | found | lost | duplicated |</c>, numbers with thousands separators.</summary>
    public static string Format(string faultCase, long runs, long acknowledged, long found, long lost, long duplicated) =>
        string.Create(CultureInfo.InvariantCulture, $"| {faultCase} | {runs:N0} | {acknowledged:N0} | {found:N0} | {lost:N0} | {duplicated:N0} |");
}
