using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Who may keep what, from the members' claimed partitions, as Kafka's sticky assignor decides it: only partitions that
/// exist and are being assigned count; when two members claim one partition the higher generation keeps it, and when
/// their generations are equal neither does (the partition is then <see cref="ClaimedByMany"/>). Members are visited in
/// member id order.
/// </summary>
internal sealed class StickyOwnership
{
    public StickyOwnership(AssignmentInput input, Func<ConsumerSubscription, int> generationOf)
    {
        Generations = input.Members.ToDictionary(member => member, member => generationOf(input.SubscriptionOf(member)));
        MaxGeneration = Generations.Values.Append(ConsumerSubscription.NoGeneration).Max();
        var claimant = new Dictionary<TopicPartition, string>();
        foreach (var member in input.Members)
        {
            var kept = Owned[member] = [];
            foreach (var partition in input.SubscriptionOf(member).OwnedPartitions.Where(input.IsAssignable))
            {
                if (!claimant.TryGetValue(partition, out var other) || Generations[member] > Generations[other])
                {
                    kept.Add(partition);
                    claimant[partition] = member;
                }
                else if (Generations[member] == Generations[other])
                {
                    ClaimedByMany.Add(partition);
                    claimant[partition] = member;
                }
                else
                {
                    continue;
                }

                if (other is not null)
                {
                    Owned[other].Remove(partition);
                }
            }
        }
    }

    /// <summary>Each member's generation (<see cref="ConsumerSubscription.NoGeneration"/> when it has none).</summary>
    public Dictionary<string, int> Generations { get; }

    /// <summary>The highest generation any member reports, or <see cref="ConsumerSubscription.NoGeneration"/>.</summary>
    public int MaxGeneration { get; }

    /// <summary>Each member's claimed partitions that it may keep, in the order it listed them.</summary>
    public Dictionary<string, List<TopicPartition>> Owned { get; } = [];

    /// <summary>Partitions claimed by two or more members of the same generation: nobody keeps them.</summary>
    public HashSet<TopicPartition> ClaimedByMany { get; } = [];
}
