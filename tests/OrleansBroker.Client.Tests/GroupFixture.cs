namespace OrleansBroker.Client.Tests;

/// <summary>A broker whose groups form quickly and allow short sessions, so membership changes show within a test.</summary>
public sealed class GroupFixture : SdkClusterFixture
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["GroupInitialRebalanceDelayMs"] = "300",
        ["GroupMinSessionTimeoutMs"] = "500",
    };
}
