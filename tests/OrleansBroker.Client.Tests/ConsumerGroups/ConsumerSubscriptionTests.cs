using OrleansBroker.Client.ConsumerGroups.Assignors;
using OrleansBroker.Client.ConsumerGroups.Protocol;
using static OrleansBroker.Client.Tests.ConsumerGroups.ProtocolAssert;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// ConsumerSubscription encodes Kafka's ConsumerProtocolSubscription (apache/kafka ConsumerProtocolSubscription.json,
/// versions 0-3, not flexible) behind ConsumerProtocol's int16 version header, byte for byte: topics sorted, owned
/// partitions sorted and grouped by topic, fields a version lacks left out. It decodes every version, reads newer ones
/// as version 3, and refuses malformed bytes with InvalidRequest.
/// </summary>
public sealed class ConsumerSubscriptionTests
{
    /// <summary>Topics ["a","b"], UserData CAFE, OwnedPartitions [a: 0,2; b: 1], GenerationId 7, RackId "r1".</summary>
    private const string Version3 =
        "0003 00000002 0001 61 0001 62 00000002 CAFE 00000002 0001 61 00000002 00000000 00000002 0001 62 00000001 00000001 00000007 0002 7231";

    private static readonly ConsumerSubscription Full = new()
    {
        Topics = ["b", "a"],
        UserData = [0xCA, 0xFE],
        OwnedPartitions = GroupScenario.Parse("b-1 a-2 a-0"),
        GenerationId = 7,
        RackId = "r1",
    };

    [Fact]
    public void Encode_Version3_IsKafkasBytes() => Assert.Equal(Hex(Version3), Full.Encode(3));

    [Fact]
    public void Encode_Default_IsTheHighestVersion() => Assert.Equal(Full.Encode(ConsumerProtocol.HighestVersion), Full.Encode());

    [Fact]
    public void Encode_Version0_HasOnlyTopicsAndNullUserData() =>
        Assert.Equal(Hex("0000 00000001 0001 61 FFFFFFFF"), new ConsumerSubscription { Topics = ["a"], GenerationId = 3, RackId = "r" }.Encode(0));

    [Fact]
    public void Decode_Version3Bytes_ReadsEveryField()
    {
        var subscription = ConsumerSubscription.Decode(Hex(Version3));

        Assert.Equal(["a", "b"], subscription.Topics);
        Assert.Equal([0xCA, 0xFE], subscription.UserData);
        Assert.Equal(GroupScenario.Parse("a-0 a-2 b-1"), subscription.OwnedPartitions);
        Assert.Equal(7, subscription.GenerationId);
        Assert.Equal("r1", subscription.RackId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RoundTrip_EachVersion_KeepsTheFieldsThatVersionHas(short version)
    {
        var decoded = ConsumerSubscription.Decode(Full.Encode(version));

        Assert.Equal(["a", "b"], decoded.Topics);
        Assert.Equal(Full.UserData, decoded.UserData);
        Assert.Equal(version >= 1 ? GroupScenario.Parse("a-0 a-2 b-1") : [], decoded.OwnedPartitions);
        Assert.Equal(version >= 2 ? 7 : ConsumerSubscription.NoGeneration, decoded.GenerationId);
        Assert.Equal(version >= 3 ? "r1" : null, decoded.RackId);
    }

    [Fact]
    public void RoundTrip_NullsAndEmpties_StayThatWay()
    {
        var decoded = ConsumerSubscription.Decode(new ConsumerSubscription().Encode());

        Assert.Empty(decoded.Topics);
        Assert.Null(decoded.UserData);
        Assert.Empty(decoded.OwnedPartitions);
        Assert.Equal(ConsumerSubscription.NoGeneration, decoded.GenerationId);
        Assert.Null(decoded.RackId);
    }

    [Fact]
    public void Decode_EmptyRack_IsNoRack() => Assert.Null(ConsumerSubscription.Decode(new ConsumerSubscription { RackId = "" }.Encode()).RackId);

    [Fact]
    public void Decode_NewerVersionWithExtraFields_ReadsAsVersion3()
    {
        var decoded = ConsumerSubscription.Decode(Hex("0009" + Version3[4..] + " 12345678"));

        Assert.Equal(7, decoded.GenerationId);
        Assert.Equal("r1", decoded.RackId);
    }

    [Fact]
    public void Encode_CooperativeStickyUserData_IsTheGenerationAsInt32() =>
        Assert.Equal(
            Hex("0001 00000001 0001 61 00000004 00000005 00000000"),
            new ConsumerSubscription { Topics = ["a"], UserData = new CooperativeStickyAssignor().SubscriptionUserData(5) }.Encode(1));

    [Fact]
    public void Decode_NegativeVersion_IsRejected() => Rejects(Decode, Hex("FFFF 00000000 FFFFFFFF"), "version -1 is not supported");

    [Fact]
    public void Decode_Truncated_IsRejected() => RejectsEveryTruncation(Decode, Hex(Version3));

    [Fact]
    public void Decode_CutInsideAField_NamesTheField() =>
        Rejects(Decode, Hex("0003 00000001 0005 61"), "it ends inside 'Topics' (5 bytes needed, 1 left)");

    [Fact]
    public void Decode_NullTopicName_IsRejected() => Rejects(Decode, Hex("0000 00000001 FFFF FFFFFFFF"), "'Topics' is null");

    [Fact]
    public void Decode_NullTopicArray_IsRejected() => Rejects(Decode, Hex("0000 FFFFFFFF FFFFFFFF"), "'Topics' is null (count -1)");

    [Fact]
    public void Decode_CountLargerThanTheBytes_IsRejected() => Rejects(Decode, Hex("0000 7FFFFFFF 0001 61"), "'Topics' claims 2147483647 elements");

    [Fact]
    public void Decode_NullOwnedTopic_IsRejected() => Rejects(Decode, Hex("0001 00000000 FFFFFFFF 00000001 FFFF 00000000"), "'OwnedPartitions.Topic' is null");

    [Fact]
    public void Encode_UnknownVersion_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Full.Encode(4));

    private static void Decode(byte[] bytes) => ConsumerSubscription.Decode(bytes);
}
