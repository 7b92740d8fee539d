using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Checks how the request dispatcher refuses what it cannot read: unknown API keys and versions outside the
/// advertised range (before the body is touched), and malformed bodies, with the API and version in the message.
/// </summary>
public sealed class KafkaRequestsTests
{
    [Fact]
    public void ReadBody_UnknownApiKey_Throws() =>
        AssertRefused(new RequestHeader((ApiKey)57, 0, 1, null), "", "API key 57 is not supported");

    [Fact]
    public void ReadBody_ApiVersionsAboveRange_ThrowsSoTheListenerCanAnswerWithErrorThirtyFive() =>
        AssertRefused(new RequestHeader(ApiKey.ApiVersions, 4, 1, null), "0100", "ApiVersions v4 is not supported (v0-3 are)");

    [Fact]
    public void ReadBody_FetchBelowRange_Throws() =>
        AssertRefused(new RequestHeader(ApiKey.Fetch, 3, 1, null), "", "Fetch v3 is not supported (v4-11 are)");

    [Fact]
    public void ReadBody_MalformedBody_NamesApiVersionAndField() =>
        AssertRefused(new RequestHeader(ApiKey.Heartbeat, 0, 1, null), "0001", "Heartbeat v0 request: GroupId: truncated");

    private static void AssertRefused(RequestHeader header, string bodyHex, string expectedStart)
    {
        var error = Assert.Throws<KafkaProtocolException>(() =>
        {
            var reader = new KafkaReader(Convert.FromHexString(bodyHex));
            return KafkaRequests.ReadBody(ref reader, header);
        });

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }
}
