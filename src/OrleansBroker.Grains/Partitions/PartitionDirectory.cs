namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// A partition's directory is named topic-partition, as Kafka's is; a <c>partition.metadata</c> file records the
/// topic id it belongs to, so data left by a deleted topic is never served as a new topic of the same name.
/// </summary>
internal static class PartitionDirectory
{
    private const string MetadataFile = "partition.metadata";

    /// <summary>Makes <paramref name="directory"/> belong to <paramref name="topicId"/>, wiping what an earlier topic left.</summary>
    public static void Claim(string directory, Guid topicId)
    {
        var metadata = Path.Combine(directory, MetadataFile);
        var expected = $"topic_id: {topicId:D}";
        if (File.Exists(metadata) && File.ReadAllText(metadata).Trim() == expected)
        {
            return;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(metadata, expected + Environment.NewLine);
    }

    /// <summary>Removes the directory and everything in it.</summary>
    public static void Delete(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
