namespace OrleansBroker.Testing;

/// <summary>Topic names no other test uses, so tests sharing a cluster never see each other's records.</summary>
public static class TestTopics
{
    /// <summary><paramref name="prefix"/> plus a unique suffix; a legal Kafka topic name.</summary>
    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
