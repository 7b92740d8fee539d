using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>
/// Feeds the codec what a hostile or broken client might send: every truncation of a valid body and of a valid
/// request frame, trailing bytes, valid headers followed by random bodies, and valid messages with random bytes
/// changed. Each must either read or throw <see cref="KafkaProtocolException"/>; any other exception fails the test.
/// Random inputs come from fixed seeds, so a failure reproduces.
/// </summary>
public sealed class MalformedInputTests
{
    [Theory]
    [MemberData(nameof(MessageCases.EveryVersion), MemberType = typeof(MessageCases))]
    public void Read_BodyTruncatedAtEveryByte_ThrowsKafkaProtocolException(string name, short version)
    {
        var @case = MessageCases.Named(name);
        var body = MessageCases.Encode(@case.Create(version), version);

        for (var length = 0; length < body.Length; length++)
        {
            Assert.Throws<KafkaProtocolException>(() => @case.Read(body.AsMemory(0, length), version));
        }
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryRequestVersion), MemberType = typeof(MessageCases))]
    public void ReadRequest_FrameTruncatedAtEveryByte_ThrowsKafkaProtocolException(string name, short version)
    {
        var frame = RequestFrameWithoutSize(name, version);

        for (var length = 0; length < frame.Length; length++)
        {
            var truncated = frame.AsMemory(0, length);
            Assert.Throws<KafkaProtocolException>(() => ReadRequest(truncated));
        }
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryRequestVersion), MemberType = typeof(MessageCases))]
    public void ReadRequest_TrailingByte_ThrowsKafkaProtocolExceptionNamingTheApi(string name, short version)
    {
        byte[] frame = [.. RequestFrameWithoutSize(name, version), 0];

        var error = Assert.Throws<KafkaProtocolException>(() => ReadRequest(frame));

        Assert.StartsWith($"{MessageCases.Named(name).ApiKey} v{version} request:", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 unexpected bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryRequestVersion), MemberType = typeof(MessageCases))]
    public void ReadRequest_ValidHeaderThenRandomBody_ReadsOrThrowsKafkaProtocolException(string name, short version)
    {
        var header = RequestFrameWithoutSize(name, version)[..HeaderLength(name, version)];
        var random = new Random(Seed(name, version));

        for (var i = 0; i < 2_000; i++)
        {
            byte[] frame = [.. header, .. PlausibleBytes(random, random.Next(0, 96))];
            ReadOrRefuse(() => ReadRequest(frame));
        }
    }

    [Theory]
    [MemberData(nameof(MessageCases.EveryVersion), MemberType = typeof(MessageCases))]
    public void Read_ValidBodyWithBytesChanged_ReadsOrThrowsKafkaProtocolException(string name, short version)
    {
        var @case = MessageCases.Named(name);
        var body = MessageCases.Encode(@case.Create(version), version);
        var random = new Random(Seed(name, version));

        for (var i = 0; i < 1_000 && body.Length > 0; i++)
        {
            var mutated = body.ToArray();
            for (var changes = random.Next(1, 4); changes > 0; changes--)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }

            ReadOrRefuse(() => @case.Read(mutated, version));
        }
    }

    [Fact]
    public void ReadRequest_RandomFrames_ReadOrThrowKafkaProtocolException()
    {
        var random = new Random(20_241_125);

        for (var i = 0; i < 20_000; i++)
        {
            var frame = new byte[random.Next(0, 64)];
            random.NextBytes(frame);

            // Most random API keys are unknown; aim a quarter of the frames at a supported one.
            if (frame.Length >= 4 && random.Next(4) == 0)
            {
                var api = SupportedApis.All[random.Next(SupportedApis.All.Count)];
                frame[0] = 0;
                frame[1] = (byte)api.ApiKey;
                frame[2] = 0;
                frame[3] = (byte)random.Next(api.MinVersion, api.MaxVersion + 1);
            }

            ReadOrRefuse(() => ReadRequest(frame));
        }
    }

    private static object ReadRequest(ReadOnlyMemory<byte> frame)
    {
        var reader = new KafkaReader(frame);
        var header = RequestHeader.Read(ref reader);
        return KafkaRequests.ReadBody(ref reader, header);
    }

    private static void ReadOrRefuse(Func<object> read)
    {
        try
        {
            read();
        }
        catch (KafkaProtocolException)
        {
            // Refused as malformed: what the codec promises for bad input.
        }
    }

    private static byte[] RequestFrameWithoutSize(string name, short version)
    {
        var @case = MessageCases.Named(name);
        return MessageCases.EncodeRequestFrame(@case.Create(version), version)[KafkaFrame.SizePrefixLength..];
    }

    private static int HeaderLength(string name, short version)
    {
        using var writer = new KafkaWriter();
        new RequestHeader(MessageCases.Named(name).ApiKey, version, 42, "test-client").Write(writer);
        return writer.Length;
    }

    /// <summary>Random bytes, mostly small ones, so that lengths and counts are often possible and parsing goes deep.</summary>
    private static byte[] PlausibleBytes(Random random, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(4) == 0 ? (byte)random.Next(256) : (byte)random.Next(3);
        }

        return bytes;
    }

    private static int Seed(string name, short version) => (name.Length * 7919) + (name[0] * 31) + version;
}
