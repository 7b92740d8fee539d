using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>
/// Walkthrough section 1: stopping the silo cleanly (SIGTERM) and starting it again keeps every topic, with its id,
/// partitions and configs, and every record. Runs its own silo (a class fixture), since it stops it.
/// </summary>
public sealed class RestartTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly SiloProcess _silo = fixture.Silo;

    [Fact]
    public async Task CleanStop_TopicsAndRecords_SurviveRestart()
    {
        var gw = _silo.BootstrapServer;
        await Obk.CreateTopicAsync(gw, "kept", "--partitions 2 --config retention.ms=86400000");
        await Obk.CreateTopicAsync(gw, "also-kept");
        await Obk.ProduceAsync(gw, "kept", "a", "b", "c", "d");
        var described = await Obk.RunAsync($"topics --bootstrap-server {gw} --describe");

        Assert.Equal(0, await _silo.StopAsync());
        await _silo.StartAsync();

        ObkAssert.Succeeded(await Obk.RunAsync($"topics --bootstrap-server {gw} --list"), "also-kept", "kept");
        ObkAssert.Equal(described, await Obk.RunAsync($"topics --bootstrap-server {gw} --describe"));
        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {gw} --topic kept --partition 0 --from-beginning --max-messages 2"), "a", "c");
        ObkAssert.Consumed(await Obk.RunAsync($"console-consumer --bootstrap-server {gw} --topic kept --partition 1 --from-beginning --max-messages 2"), "b", "d");
    }
}
