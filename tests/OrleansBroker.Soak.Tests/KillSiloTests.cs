using OrleansBroker.Soak.Scenarios.KillSilo;

namespace OrleansBroker.Soak.Tests;

/// <summary>
/// Fault case 1 of issue 8 in its short form: three SIGKILLs of a single silo process while four producers produce;
/// after each restart the producers recover by themselves and every acknowledged record is read back once, at its
/// acknowledged offset, in each producer's order.
/// </summary>
public sealed class KillSiloTests
{
    [Fact]
    public async Task KillDashNine_MidProduce_EveryAcknowledgedRecordReadBackOnceInOrder()
    {
        var options = new KillSiloOptions
        {
            Runs = 3,
            MinAcknowledgedBeforeKill = 1_000,
            MaxAcknowledgedBeforeKill = 5_000,
            AcknowledgedAfterRestart = 2_000,
        };
        var progress = new StringWriter();

        var result = await new KillSiloScenario(options, progress).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsClean, progress.ToString());
        Assert.Equal(3, result.Runs.Count);
        Assert.All(result.Runs, run => Assert.True(run.KilledAfter >= 1_000 && run.Audit.Acknowledged >= run.KilledAfter + 2_000, run.ToString()));
    }
}
