using System.Globalization;

namespace OrleansBroker.Abstractions;

/// <summary>A topic and one of its partitions; also the key of that partition's grain (<c>topic/partition</c>).</summary>
/// <param name="Topic">The topic name.</param>
/// <param name="Partition">The partition number, from 0.</param>
[GenerateSerializer, Immutable, Alias("OrleansBroker.TopicPartition")]
public readonly record struct TopicPartition([property: Id(0)] string Topic, [property: Id(1)] int Partition)
{
    /// <summary>The partition grain's key: <c>topic/partition</c>. Topic names cannot contain '/', so it parses back uniquely.</summary>
    public string ToGrainKey() => string.Create(CultureInfo.InvariantCulture, $"{Topic}/{Partition}");

    /// <summary>Parses a key made by <see cref="ToGrainKey"/>, a negative partition too (its grain then refuses every call).</summary>
    public static TopicPartition ParseGrainKey(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(key.AsSpan(slash + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var partition))
        {
            throw new FormatException($"'{key}' is not a partition key of the form topic/partition.");
        }

        return new TopicPartition(key[..slash], partition);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Topic}-{Partition.ToString(CultureInfo.InvariantCulture)}";
}
