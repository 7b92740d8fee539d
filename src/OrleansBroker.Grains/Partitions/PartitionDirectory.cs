using System.Text;
using OrleansBroker.Storage.Backends;

namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// A partition's log directory records, in a <c>partition.metadata</c> file as Kafka's does, the topic id it
/// belongs to, so data left by a deleted topic is never served as a new topic of the same name.
/// </summary>
internal static class PartitionDirectory
{
    private const string MetadataFile = "partition.metadata";

    /// <summary>Makes <paramref name="directory"/> belong to <paramref name="topicId"/>, wiping what an earlier topic left.</summary>
    public static void Claim(ILogDirectory directory, Guid topicId)
    {
        var expected = $"topic_id: {topicId:D}";
        if (directory.ReadAll(MetadataFile) is { } stored && Encoding.UTF8.GetString(stored).Trim() == expected)
        {
            return;
        }

        directory.DeleteAll();
        directory.WriteAll(MetadataFile, Encoding.UTF8.GetBytes(expected + "\n"));
    }
}
