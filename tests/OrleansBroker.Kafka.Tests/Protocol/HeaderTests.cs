using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks request headers v0-v2 and response headers v0-v1 byte for byte, derived by hand from Kafka's header
/// definitions, and the rules that choose them: request v2 / response v1 exactly for flexible versions, except that
/// ApiVersions responses always use v0; unknown tags in a header are skipped.
/// </summary>
public sealed class HeaderTests
{
    [Theory]
    [InlineData(0, "0012" + "0000" + "00000001")]
    [InlineData(1, "0012" + "0000" + "00000001" + "00026162")]
    [InlineData(2, "0012" + "0000" + "00000001" + "00026162" + "00")]
    public void RequestHeader_EachVersion_HasItsFields(short headerVersion, string expectedHex)
    {
        var header = new RequestHeader(ApiKey.ApiVersions, 0, CorrelationId: 1, ClientId: "ab");
        using var writer = new KafkaWriter();

        header.Write(writer, headerVersion);
        var reader = new KafkaReader(writer.WrittenMemory);
        var read = RequestHeader.Read(ref reader, headerVersion);

        Assert.Equal(expectedHex, Convert.ToHexString(writer.WrittenSpan));
        Assert.Equal(headerVersion == 0 ? header with { ClientId = null } : header, read);
        reader.EnsureEnd("header");
    }

    [Fact]
    public void RequestHeader_NullClientId_IsMinusOneLength()
    {
        using var writer = new KafkaWriter();

        new RequestHeader(ApiKey.Metadata, 1, 2, null).Write(writer);

        Assert.Equal("0003" + "0001" + "00000002" + "FFFF", Convert.ToHexString(writer.WrittenSpan));
    }

    [Fact]
    public void RequestHeader_FlexibleWithUnknownTaggedField_SkipsIt()
    {
        var tags = "01" + "07" + "02" + "ABCD";
        var reader = new KafkaReader(Convert.FromHexString("0012" + "0003" + "00000009" + "0001" + "63" + tags + "FF"));

        var header = RequestHeader.Read(ref reader);

        Assert.Equal(new RequestHeader(ApiKey.ApiVersions, 3, 9, "c"), header);
        Assert.Equal(1, reader.Remaining);
    }

    [Fact]
    public void RequestHeader_UnknownApiKey_ReadsAsVersionOne()
    {
        var reader = new KafkaReader(Convert.FromHexString("0039" + "0005" + "0000000B" + "FFFF" + "00"));

        var header = RequestHeader.Read(ref reader);

        Assert.Equal(new RequestHeader((ApiKey)57, 5, 11, null), header);
        Assert.Equal(1, reader.Remaining);
    }

    [Theory]
    [InlineData(ApiKey.ApiVersions, 2, 1, 0)]
    [InlineData(ApiKey.ApiVersions, 3, 2, 0)]
    [InlineData(ApiKey.ApiVersions, 4, 2, 0)]
    [InlineData(ApiKey.Produce, 8, 1, 0)]
    [InlineData(ApiKey.Produce, 9, 2, 1)]
    [InlineData(ApiKey.Fetch, 11, 1, 0)]
    [InlineData(ApiKey.Fetch, 12, 2, 1)]
    [InlineData(ApiKey.Metadata, 9, 2, 1)]
    [InlineData((ApiKey)57, 9, 1, 0)]
    public void VersionFor_ApiAndVersion_FollowsFlexibility(ApiKey apiKey, short apiVersion, short requestHeader, short responseHeader)
    {
        Assert.Equal(requestHeader, RequestHeader.VersionFor(apiKey, apiVersion));
        Assert.Equal(responseHeader, ResponseHeader.VersionFor(apiKey, apiVersion));
    }

    [Theory]
    [InlineData(0, "0000002A")]
    [InlineData(1, "0000002A00")]
    public void ResponseHeader_EachVersion_HasItsFields(short headerVersion, string expectedHex)
    {
        using var writer = new KafkaWriter();

        new ResponseHeader(42).Write(writer, headerVersion);
        var reader = new KafkaReader(writer.WrittenMemory);

        Assert.Equal(expectedHex, Convert.ToHexString(writer.WrittenSpan));
        Assert.Equal(new ResponseHeader(42), ResponseHeader.Read(ref reader, headerVersion));
        reader.EnsureEnd("header");
    }
}
