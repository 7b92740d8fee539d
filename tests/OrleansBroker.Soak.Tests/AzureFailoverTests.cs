using OrleansBroker.Soak.Scenarios.Azure;

namespace OrleansBroker.Soak.Tests;

/// <summary>
/// Fault case 2 in its short form: a 3-silo cluster on Azurite loses its busiest silo to SIGKILL during produce and
/// group consume; every partition takes records again, every acknowledged record is stored once where it was
/// acknowledged, and the group is given every one of them.
/// </summary>
public sealed class AzureFailoverTests
{
    [Fact]
    public async Task KillBusiestSilo_DuringProduceAndConsume_PartitionsRecoverAndNothingAcknowledgedIsLostOrSkipped()
    {
        var result = await AzureFailoverScenario.RunAsync(new AzureFailoverOptions { Runs = 1 }, cancellationToken: TestContext.Current.CancellationToken);

        var run = Assert.Single(result.Runs);
        Assert.True(run.Audit.IsClean, run.Audit.ToString());
        Assert.True(run.Audit.Acknowledged > 0, run.Audit.ToString());
        Assert.True(run.KilledPartitions > 0, "The killed silo hosted no partition.");
        Assert.True(run.MaxRecovery is not null, $"Not every partition recovered: {AzureFailoverScenario.Describe(run.Recovery)}");
        Assert.Equal(0, run.Unconsumed);
    }
}
