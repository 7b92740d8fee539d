using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>
/// Checks every request and response type at every supported version: a sample with a non-default value in each
/// field of the version reads back equal, field for field, and re-encodes to the same bytes; a sample with every
/// field set, written at an older version, reads back with the fields that version lacks at their defaults; requests
/// survive the whole frame path (size, header, dispatch); and versions outside the advertised range are refused.
/// </summary>
public sealed class MessageRoundTripTests
{
    [Theory]
    [MemberData(nameof(MessageCases.EveryVersion), MemberType = typeof(MessageCases))]
    public void WriteThenRead_SampleOfVersion_GivesEqualMessageAndBytes(string name, short version)
    {
        var @case = MessageCases.Named(name);
        var sample = @case.Create(version);

        var bytes = MessageCases.Encode(sample, version);
        var decoded = @case.Read(bytes, version);

        Assert.Equal(MessageJson.Of(sample), MessageJson.Of(decoded));
        Assert.Equal(bytes, MessageCases.Encode(decoded, version));
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryVersion), MemberType = typeof(MessageCases))]
    public void WriteThenRead_EveryFieldSet_KeepsOnlyTheFieldsOfTheVersion(string name, short version)
    {
        var @case = MessageCases.Named(name);

        var decoded = @case.Read(MessageCases.Encode(@case.Create(null), version), version);

        Assert.Equal(MessageJson.Of(@case.Create(version)), MessageJson.Of(decoded));
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryRequestVersion), MemberType = typeof(MessageCases))]
    public void RequestFrame_ReadThroughHeaderAndDispatch_GivesEqualRequest(string name, short version)
    {
        var sample = MessageCases.Named(name).Create(version);
        var frame = MessageCases.EncodeRequestFrame(sample, version);

        Assert.True(KafkaFrame.TryReadSize(frame, int.MaxValue, out var size));
        var reader = new KafkaReader(frame.AsMemory(KafkaFrame.SizePrefixLength));
        var header = RequestHeader.Read(ref reader);
        var request = KafkaRequests.ReadBody(ref reader, header);

        Assert.Equal(frame.Length - KafkaFrame.SizePrefixLength, size);
        Assert.Equal(new RequestHeader(sample.ApiKey, version, 42, "test-client"), header);
        Assert.IsType(sample.GetType(), request);
        Assert.Equal(MessageJson.Of(sample), MessageJson.Of(request));
    }

    [Theory]
    [MemberData(nameof(MessageCaseNames))]
    public void WriteAndRead_VersionsAroundTheRange_AreRefused(string name)
    {
        var @case = MessageCases.Named(name);
        SupportedApis.TryGet(@case.ApiKey, out var range);

        foreach (var version in new[] { (short)(range.MinVersion - 1), (short)(range.MaxVersion + 1) })
        {
            var error = Assert.Throws<KafkaProtocolException>(() => MessageCases.Encode(@case.Create(null), version));
            Assert.Contains($"v{version} is not supported", error.Message, StringComparison.Ordinal);
            Assert.Throws<KafkaProtocolException>(() => @case.Read(new byte[64], version));
        }
    }

    public static TheoryData<string> MessageCaseNames => [.. MessageCases.All.Select(@case => @case.Name)];
}
