using System.Buffers.Binary;
using OrleansBroker.Abstractions;
using OrleansBroker.Client.ConsumerGroups.Protocol;

namespace OrleansBroker.Client.ConsumerGroups.Assignors;

/// <summary>
/// Kafka's <c>cooperative-sticky</c> assignor. Sticky: the assignment is as balanced as possible (with equal
/// subscriptions, member counts differ by at most one) while members keep as many of their owned partitions as they
/// can; when two members claim one partition, the one with the higher generation keeps it. Cooperative: a partition
/// that moves from one member to another is only taken from its owner in this rebalance, and given to its new member
/// in the follow-up rebalance the owner's revocation triggers. Not rack-aware.
/// </summary>
public sealed class CooperativeStickyAssignor : PartitionAssignor
{
    /// <inheritdoc />
    public override string Name => "cooperative-sticky";

    /// <inheritdoc />
    public override IReadOnlyList<RebalanceProtocol> SupportedProtocols { get; } = [RebalanceProtocol.Cooperative, RebalanceProtocol.Eager];

    /// <summary>The generation as a big-endian int32, as Kafka's cooperative-sticky assignor sends it for leaders that read subscriptions below version 2.</summary>
    public override byte[]? SubscriptionUserData(int generationId)
    {
        var userData = new byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(userData, generationId);
        return userData;
    }

    /// <inheritdoc />
    private protected override Dictionary<string, List<TopicPartition>> Assign(AssignmentInput input)
    {
        var ownership = new StickyOwnership(input, GenerationOf);
        Dictionary<string, List<TopicPartition>> assignment;
        IReadOnlyDictionary<TopicPartition, string> transferring;
        if (input.AllSubscriptionsEqual())
        {
            var builder = new ConstrainedStickyBuilder(input, ownership);
            assignment = builder.Build();
            transferring = builder.Transferring;
        }
        else
        {
            assignment = new GeneralStickyBuilder(input, ownership).Build();
            transferring = Transferring(input, assignment);
        }

        foreach (var (partition, member) in transferring)
        {
            assignment[member].Remove(partition);
        }

        return assignment;
    }

    /// <summary>The subscription's generation from version 2 on; below that, the generation in the user data (Kafka's fallback).</summary>
    private static int GenerationOf(ConsumerSubscription subscription) =>
        subscription.GenerationId >= 0 ? subscription.GenerationId
        : subscription.UserData is { Length: >= sizeof(int) } userData ? BinaryPrimitives.ReadInt32BigEndian(userData)
        : ConsumerSubscription.NoGeneration;

    /// <summary>Partitions newly given to a member while another member that claimed them loses them.</summary>
    private static Dictionary<TopicPartition, string> Transferring(AssignmentInput input, Dictionary<string, List<TopicPartition>> assignment)
    {
        var added = new Dictionary<TopicPartition, string>();
        var revoked = new HashSet<TopicPartition>();
        foreach (var (member, partitions) in assignment)
        {
            var owned = input.SubscriptionOf(member).OwnedPartitions;
            partitions.Except(owned).ToList().ForEach(partition => added[partition] = member);
            revoked.UnionWith(owned.Except(partitions));
        }

        return added.Where(pair => revoked.Contains(pair.Key)).ToDictionary();
    }
}
