using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol;

/// <summary>
/// Pins the advertised table to issue 7's list (an accidental change would alter what every Kafka client
/// negotiates), checks the lookups at the range ends, and checks the flexible thresholds: of the advertised
/// versions, only ApiVersions v3 is flexible.
/// </summary>
public sealed class SupportedApisTests
{
    [Fact]
    public void All_IsIssueSevensTable()
    {
        var expected = new (ApiKey, short, short)[]
        {
            (ApiKey.Produce, 0, 8), (ApiKey.Fetch, 4, 11), (ApiKey.ListOffsets, 1, 5), (ApiKey.Metadata, 0, 8),
            (ApiKey.OffsetCommit, 0, 7), (ApiKey.OffsetFetch, 0, 5), (ApiKey.FindCoordinator, 0, 2),
            (ApiKey.JoinGroup, 0, 5), (ApiKey.Heartbeat, 0, 3), (ApiKey.LeaveGroup, 0, 3), (ApiKey.SyncGroup, 0, 3),
            (ApiKey.DescribeGroups, 0, 4), (ApiKey.ListGroups, 0, 2), (ApiKey.ApiVersions, 0, 3),
            (ApiKey.CreateTopics, 0, 4), (ApiKey.DeleteTopics, 0, 3), (ApiKey.DeleteRecords, 0, 1),
            (ApiKey.InitProducerId, 0, 1), (ApiKey.DescribeConfigs, 0, 3), (ApiKey.CreatePartitions, 0, 1),
            (ApiKey.DeleteGroups, 0, 1),
        };

        Assert.Equal(expected, SupportedApis.All.Select(range => (range.ApiKey, range.MinVersion, range.MaxVersion)));
    }

    [Theory]
    [InlineData(ApiKey.Fetch, 3, false)]
    [InlineData(ApiKey.Fetch, 4, true)]
    [InlineData(ApiKey.Fetch, 11, true)]
    [InlineData(ApiKey.Fetch, 12, false)]
    [InlineData(ApiKey.DeleteGroups, 1, true)]
    [InlineData((ApiKey)17, 0, false)]
    [InlineData((ApiKey)(-1), 0, false)]
    [InlineData((ApiKey)1000, 0, false)]
    public void IsSupported_RangeEndsAndUnknownKeys(ApiKey apiKey, short version, bool expected) =>
        Assert.Equal(expected, SupportedApis.IsSupported(apiKey, version));

    [Fact]
    public void EnsureSupported_VersionAboveRange_ThrowsNamingTheRange()
    {
        var error = Assert.Throws<KafkaProtocolException>(() => SupportedApis.EnsureSupported(ApiKey.Produce, 9));

        Assert.Equal("Produce v9 is not supported (v0-8 are)", error.Message);
    }

    [Fact]
    public void EnsureSupported_UnknownKey_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<KafkaProtocolException>(() => SupportedApis.EnsureSupported((ApiKey)57, 0));

        Assert.Equal("API key 57 is not supported", error.Message);
    }

    [Fact]
    public void IsFlexible_AdvertisedVersions_OnlyApiVersionsThree()
    {
        var flexible = SupportedApis.All
            .SelectMany(range => Enumerable.Range(range.MinVersion, range.MaxVersion - range.MinVersion + 1)
                .Select(version => (range.ApiKey, Version: (short)version)))
            .Where(pair => FlexibleVersions.IsFlexible(pair.ApiKey, pair.Version));

        Assert.Equal([(ApiKey.ApiVersions, (short)3)], flexible);
    }

    [Fact]
    public void FirstFlexibleVersion_EveryKnownApi_IsJustAboveOrInsideTheAdvertisedRange()
    {
        foreach (var range in SupportedApis.All)
        {
            var first = FlexibleVersions.FirstFlexibleVersion(range.ApiKey);

            Assert.NotNull(first);
            Assert.InRange(first.Value, range.MinVersion + 1, range.MaxVersion + 1);
        }
    }
}
