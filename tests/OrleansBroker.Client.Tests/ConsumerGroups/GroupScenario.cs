using System.Globalization;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>Builds assignor inputs from short text ("t0-3" is partition 3 of t0) and prints assignments the same way.</summary>
internal static class GroupScenario
{
    /// <summary>A member subscribed to <paramref name="topics"/>, owning nothing.</summary>
    public static ConsumerSubscription Subscribe(params string[] topics) => new() { Topics = topics };

    /// <summary>The subscription, claiming <paramref name="partitions"/> as owned since <paramref name="generation"/>.</summary>
    public static ConsumerSubscription Owning(this ConsumerSubscription subscription, int generation, string partitions) =>
        subscription with { GenerationId = generation, OwnedPartitions = Parse(partitions) };

    /// <summary>Partitions written as "t0-0 t0-1 t1-0".</summary>
    public static List<TopicPartition> Parse(string partitions) =>
        [.. partitions.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(text =>
        {
            var dash = text.LastIndexOf('-');
            return new TopicPartition(text[..dash], int.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture));
        })];

    /// <summary>"m1: t0-0 t0-1 | m2: t0-2": members in ordinal order, each one's partitions sorted by topic, then partition.</summary>
    public static string Format(IReadOnlyDictionary<string, IReadOnlyList<TopicPartition>> assignment) =>
        string.Join(" | ", assignment.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair =>
            $"{pair.Key}:{string.Concat(pair.Value.OrderBy(p => p.Topic, StringComparer.Ordinal).ThenBy(p => p.Partition).Select(p => $" {p}"))}"));

    /// <summary>Runs the assignor over <paramref name="members"/> and formats the result.</summary>
    public static string AssignToText(this IPartitionAssignor assignor, Dictionary<string, int> partitionsPerTopic, Dictionary<string, ConsumerSubscription> members) =>
        Format(assignor.Assign(partitionsPerTopic, members));

    /// <summary>
    /// Two rebalances: the assignment of <paramref name="members"/>, then the one after every member took up its share
    /// (now owning exactly that, in <paramref name="nextGeneration"/>); both formatted.
    /// </summary>
    public static (string First, string Second) TwoRounds(
        this IPartitionAssignor assignor, Dictionary<string, int> partitionsPerTopic, Dictionary<string, ConsumerSubscription> members, int nextGeneration)
    {
        var first = assignor.Assign(partitionsPerTopic, members);
        var next = members.ToDictionary(pair => pair.Key, pair => pair.Value with { OwnedPartitions = first[pair.Key], GenerationId = nextGeneration });
        return (Format(first), assignor.AssignToText(partitionsPerTopic, next));
    }
}
