using OrleansBroker.Soak.Scenarios.GroupCrash;

namespace OrleansBroker.Soak.Tests;

/// <summary>
/// Fault case 6 of issue 8 in its short form: a consumer-group member process killed with SIGKILL mid-stream; the
/// member that takes over starts every partition exactly at the group's last committed offset, so between them the
/// two processed every record, and only records after the last commit were processed twice.
/// </summary>
public sealed class GroupCrashTests
{
    [Fact]
    public async Task ConsumerKilledMidStream_NextMemberResumesAtLastCommit_NoRecordSkipped()
    {
        var options = new GroupCrashOptions { Runs = 1, Records = 3_000 };
        var progress = new StringWriter();

        var result = await new GroupCrashScenario(options, progress).RunAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsClean, progress.ToString());
        var run = Assert.Single(result.Runs);
        Assert.Equal(3_000, run.Covered);
        Assert.InRange(run.ConsumedByA, 750, 2_999);
        Assert.True(run.Committed > 0 && run.Committed <= run.ConsumedByA, progress.ToString());
        Assert.Equal(run.ConsumedByA - run.Committed, run.ReadAgain);
    }
}
