using OrleansBroker.Client.ConsumerGroups.Protocol;
using static OrleansBroker.Client.Tests.ConsumerGroups.ProtocolAssert;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>
/// ConsumerAssignment encodes Kafka's ConsumerProtocolAssignment (apache/kafka ConsumerProtocolAssignment.json,
/// versions 0-3, not flexible) behind the int16 version header, byte for byte: partitions grouped by topic in
/// first-seen order, as Kafka's ConsumerProtocol.serializeAssignment writes them. Every version decodes; malformed
/// bytes are refused with InvalidRequest.
/// </summary>
public sealed class ConsumerAssignmentTests
{
    /// <summary>AssignedPartitions [t: 1,0; u: 0], UserData 01.</summary>
    private const string Version0 = "0000 00000002 0001 74 00000002 00000001 00000000 0001 75 00000001 00000000 00000001 01";

    private static readonly ConsumerAssignment Assignment = new() { Partitions = GroupScenario.Parse("t-1 u-0 t-0"), UserData = [0x01] };

    [Fact]
    public void Encode_Version0_IsKafkasBytesGroupedByTopic() => Assert.Equal(Hex(Version0), Assignment.Encode(0));

    [Fact]
    public void Encode_Version3_DiffersOnlyInTheHeader() => Assert.Equal(Hex("0003" + Version0[4..]), Assignment.Encode());

    [Fact]
    public void Encode_Empty_IsNoTopicsAndNullUserData() => Assert.Equal(Hex("0003 00000000 FFFFFFFF"), new ConsumerAssignment().Encode());

    [Fact]
    public void Decode_Version0Bytes_ReadsPartitionsInEncodedOrder()
    {
        var decoded = ConsumerAssignment.Decode(Hex(Version0));

        Assert.Equal(GroupScenario.Parse("t-1 t-0 u-0"), decoded.Partitions);
        Assert.Equal([0x01], decoded.UserData);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RoundTrip_EachVersion_KeepsPartitionsAndUserData(short version)
    {
        var decoded = ConsumerAssignment.Decode(Assignment.Encode(version));

        Assert.Equal(GroupScenario.Parse("t-1 t-0 u-0"), decoded.Partitions);
        Assert.Equal(Assignment.UserData, decoded.UserData);
    }

    [Fact]
    public void Decode_NewerVersion_ReadsAsVersion3() =>
        Assert.Equal(GroupScenario.Parse("t-1 t-0 u-0"), ConsumerAssignment.Decode(Hex("0004" + Version0[4..] + " FF")).Partitions);

    [Fact]
    public void Decode_Truncated_IsRejected() => RejectsEveryTruncation(Decode, Hex(Version0));

    [Fact]
    public void Decode_NullPartitionArray_IsRejected() =>
        Rejects(Decode, Hex("0000 00000001 0001 74 FFFFFFFF FFFFFFFF"), "'AssignedPartitions.Partitions' is null");

    [Fact]
    public void Decode_NegativeVersion_IsRejected() => Rejects(Decode, Hex("8000 00000000 FFFFFFFF"), "version -32768 is not supported");

    private static void Decode(byte[] bytes) => ConsumerAssignment.Decode(bytes);
}
