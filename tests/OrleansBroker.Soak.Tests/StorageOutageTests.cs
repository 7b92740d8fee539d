using OrleansBroker.Soak.Scenarios.Azure;

namespace OrleansBroker.Soak.Tests;

/// <summary>
/// Fault case 3 in its short form: the storage emulator under a cluster silo stops for 10 s mid-produce and comes back
/// on the same ports and data. The silo stays up, produce resumes on every partition by itself, and after the silo is
/// restarted (every log reopened from storage) each acknowledged record is there once, where it was acknowledged.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task StorageStoppedTenSeconds_MidProduce_ProduceResumesAndNothingAcknowledgedIsLost()
    {
        var result = await StorageOutageScenario.RunAsync(new StorageOutageOptions { Runs = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        var run = Assert.Single(result.Runs);
        Assert.True(run.SiloSurvived, "The silo exited during the storage outage.");
        Assert.True(run.Resume.All(time => time is not null), $"Produce did not resume on every partition: {AzureFailoverScenario.Describe(run.Resume)}");
        Assert.True(run.Audit.IsClean, run.Audit.ToString());
        Assert.True(run.Audit.Acknowledged > 0, run.Audit.ToString());
    }
}
