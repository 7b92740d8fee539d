using OrleansBroker.Soak.Scenarios.MixedLoad;

namespace OrleansBroker.Soak.Tests;

/// <summary>
/// The mixed-load soak of issue 8 in its short form: 25 s of paced produce over three topics with retention deleting
/// segments, a plain reader auditing every record as it goes and a consumer group losing and gaining a member every
/// 6 s. Every acknowledged record is read back once, at its acknowledged offset, in order; the group consumes every
/// one; and the samples are taken.
/// </summary>
public sealed class MixedLoadTests
{
    private const double Rate = 4_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task MixedLoad_WithGroupChurnAndRetention_AuditCleanAndGroupConsumesEverything()
    {
        var options = new MixedLoadOptions
        {
            Duration = Duration,
            RecordsPerSecond = Rate,
            ChurnInterval = TimeSpan.FromSeconds(6),
            SampleInterval = TimeSpan.FromSeconds(5),
            WarmUp = TimeSpan.FromSeconds(10),
            SegmentBytes = 64 * 1024,
            RetentionBytes = 512 * 1024,
            RetentionCheckInterval = TimeSpan.FromSeconds(1),
            DrainTimeout = TimeSpan.FromSeconds(60),
        };
        var output = new StringWriter();

        var result = await MixedLoadScenario.RunAsync(options, output, TestContext.Current.CancellationToken);

        var report = output + MixedLoadReport.Summary(result);
        Assert.True(result.Audit.IsClean, report);
        Assert.Equal(0, result.Failed);
        Assert.Equal(0, result.RemovedBeforeAudit);
        Assert.True(result.DeletedByRetention > 0, report);
        Assert.Equal(result.Acknowledged, result.Audit.Acknowledged);
        Assert.Equal(result.Audit.Stored, result.PlainRead);
        Assert.Equal(0, result.GroupMissed);
        Assert.True(result.GroupConsumed >= result.Acknowledged, report);
        // Paced: never ahead of the rate; at a rate this low, not far behind it either.
        Assert.InRange(result.Acknowledged, (long)(Rate * Duration.TotalSeconds / 2), (long)(Rate * (Duration.TotalSeconds + 1)));
        Assert.True(result.Churns >= 2, report);
        Assert.True(result.Assignments > options.GroupSize, report);
        Assert.InRange(result.Samples.Count, 4, 5);
        Assert.All(result.Samples, sample => Assert.True(sample.SiloRssBytes > 0 && sample.SiloManagedBytes > 0 && sample.SiloActivations > 0, report));
        Assert.Contains(result.Samples, sample => sample.ProducedPerSecond > 0 && sample.PlainReadPerSecond > 0 && sample.GroupConsumedPerSecond > 0);
    }
}
