namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Fresh topic names, so tests sharing a silo never see each other's topics.</summary>
internal static class TopicName
{
    /// <summary><paramref name="prefix"/> plus a unique suffix, e.g. <c>test-topic-1a2b3c4d</c>.</summary>
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
