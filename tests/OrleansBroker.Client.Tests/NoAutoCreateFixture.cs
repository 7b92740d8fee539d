namespace OrleansBroker.Client.Tests;

/// <summary>A broker with auto.create.topics.enable off.</summary>
public sealed class NoAutoCreateFixture : SdkClusterFixture
{
    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["AutoCreateTopicsEnable"] = "false" };
}
