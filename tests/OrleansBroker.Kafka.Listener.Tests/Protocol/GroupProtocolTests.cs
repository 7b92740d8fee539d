using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Kafka.Protocol.Messages;
using OrleansBroker.Testing;

namespace OrleansBroker.Kafka.Listener.Tests.Protocol;

/// <summary>
/// The group APIs at the byte level: a JoinGroup v4 with an empty member id gets MEMBER_ID_REQUIRED (79) with the id
/// to join again with, and that join makes the member leader of generation 1; an OffsetCommit of an older generation
/// gets ILLEGAL_GENERATION (22); a Heartbeat of a member the group does not know gets UNKNOWN_MEMBER_ID (25).
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class GroupProtocolTests(KafkaFixture fixture)
{
    private int Port => fixture.Broker.KafkaListeners[0].Broker.Port;

    [Fact]
    public async Task JoinGroupV4_EmptyMemberId_GetsMemberIdRequiredThenJoinsWithIt()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        var groupId = TestTopics.Unique("raw-group");

        var required = await JoinAsync(client, groupId, memberId: "");
        var joined = await JoinAsync(client, groupId, required.MemberId);

        Assert.Equal(((short)ErrorCode.MemberIdRequired, -1), (required.ErrorCode, required.GenerationId));
        Assert.StartsWith("raw-test-", required.MemberId, StringComparison.Ordinal);
        Assert.Equal(((short)0, 1, "range", required.MemberId, required.MemberId), (joined.ErrorCode, joined.GenerationId, joined.ProtocolName, joined.Leader, joined.MemberId));
        Assert.Equal([required.MemberId], joined.Members.Select(member => member.MemberId));
    }

    [Fact]
    public async Task OffsetCommit_OlderGeneration_GetsIllegalGeneration()
    {
        var topic = TestTopics.Unique("raw-commit");
        await fixture.Broker.Registry.CreateTopicAsync(new TopicSpecification { Name = topic });
        await using var client = await RawKafkaClient.ConnectAsync(Port);
        var groupId = TestTopics.Unique("raw-group");
        var memberId = (await JoinAsync(client, groupId, "")).MemberId;
        var joined = await JoinAsync(client, groupId, memberId);
        await client.SendAsync(new SyncGroupRequest { GroupId = groupId, GenerationId = joined.GenerationId, MemberId = memberId, Assignments = [new SyncGroupRequest.Assignment { MemberId = memberId, Data = new byte[] { 0, 0 } }] }, 3, correlationId: 3);
        Assert.Equal(0, (await client.ReceiveAsync<SyncGroupResponse>(3)).Response.ErrorCode);

        var commit = new OffsetCommitRequest
        {
            GroupId = groupId,
            GenerationIdOrMemberEpoch = joined.GenerationId - 1,
            MemberId = memberId,
            Topics = [new OffsetCommitRequest.Topic { Name = topic, Partitions = [new OffsetCommitRequest.Partition { PartitionIndex = 0, CommittedOffset = 5 }] }],
        };
        await client.SendAsync(commit, 7, correlationId: 4);
        var (_, response) = await client.ReceiveAsync<OffsetCommitResponse>(7);

        Assert.Equal((short)ErrorCode.IllegalGeneration, Assert.Single(Assert.Single(response.Topics).Partitions).ErrorCode);
    }

    [Fact]
    public async Task Heartbeat_UnknownMember_GetsUnknownMemberId()
    {
        await using var client = await RawKafkaClient.ConnectAsync(Port);

        await client.SendAsync(new HeartbeatRequest { GroupId = TestTopics.Unique("raw-group"), GenerationId = 1, MemberId = "nobody" }, 3, correlationId: 1);
        var (_, response) = await client.ReceiveAsync<HeartbeatResponse>(3);

        Assert.Equal((short)ErrorCode.UnknownMemberId, response.ErrorCode);
    }

    private static async Task<JoinGroupResponse> JoinAsync(RawKafkaClient client, string groupId, string memberId)
    {
        var join = new JoinGroupRequest
        {
            GroupId = groupId,
            SessionTimeoutMs = 10_000,
            RebalanceTimeoutMs = 10_000,
            MemberId = memberId,
            ProtocolType = "consumer",
            Protocols = [new JoinGroupRequest.Protocol { Name = "range", Metadata = new byte[] { 0, 0 } }],
        };
        await client.SendAsync(join, 4, correlationId: 2);
        return (await client.ReceiveAsync<JoinGroupResponse>(4)).Response;
    }
}
