using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// Records that console-producer reported as acknowledged (exit code 0) survive <c>kill -9</c> of the silo: a silo
/// restarted on the same data directory and ports gives every one of them back, once, in order. Each test runs its
/// own silo (a class fixture), since it kills it.
/// </summary>
public sealed class DurabilityTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private const int RecordCount = 500;
    private readonly SiloProcess _silo = fixture.Silo;

    [Fact]
    public async Task KillDashNine_AcknowledgedRecords_AreAllReadBackOnceInOrder()
    {
        var gw = _silo.BootstrapServer;
        var records = Enumerable.Range(0, RecordCount).Select(i => $"record-{i:D4}").ToArray();
        await Obk.CreateTopicAsync(gw, "durable");
        await Obk.ProduceAsync(gw, "durable", records);

        await _silo.KillAsync();
        await _silo.StartAsync();

        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {gw} --topic durable --partition 0 --from-beginning --max-messages {RecordCount}"), records);
        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {gw} --topic durable --partition 0 --offset {RecordCount} --timeout-ms 500"));
    }
}
