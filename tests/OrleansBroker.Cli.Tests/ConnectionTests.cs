using System.Diagnostics;
using OrleansBroker.Cli.Tests.Infrastructure;

namespace OrleansBroker.Cli.Tests;

/// <summary>What obk does when the broker cannot be reached or --bootstrap-server is malformed: one error line, fast.</summary>
public sealed class ConnectionTests
{
    private static readonly TimeSpan GiveUpBound = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData("topics --list")]
    [InlineData("console-consumer --topic t")]
    [InlineData("console-producer --topic t")]
    public async Task Command_NothingListening_FailsFastNamingTheAddress(string command)
    {
        var port = FreePorts.Next();
        var elapsed = Stopwatch.StartNew();

        var result = await Obk.RunAsync($"{command} --bootstrap-server localhost:{port}");

        ObkAssert.Failed(result, $"Could not connect to the broker at localhost:{port}: no Orleans gateway answered at 127.0.0.1:{port}.");
        // About half a second on an idle machine, process start included; the bound leaves room for a loaded CI machine
        // and still catches Orleans' default of retrying for minutes.
        Assert.True(elapsed.Elapsed < GiveUpBound, $"obk took {elapsed.Elapsed} to give up (process start included).");
    }

    [Fact]
    public async Task Command_MalformedBootstrapServer_FailsNamingIt()
    {
        ObkAssert.Failed(await Obk.RunAsync("topics --list --bootstrap-server localhost"), "Bootstrap server 'localhost' is not of the form host:port.");
    }
}
