using System.CommandLine;
using OrleansBroker.Soak.Scenarios.Azure;

namespace OrleansBroker.Soak.Commands;

/// <summary><c>storage-outage --runs N</c>: fault case 3, Azurite stopped for 10 s under a cluster silo mid-produce, N times.</summary>
public sealed class StorageOutageCommand : Command
{
    private readonly Option<int> _runs = new("--runs") { Description = "How many outages, each on a new topic.", DefaultValueFactory = _ => 3 };

    public StorageOutageCommand()
        : base("storage-outage", "Stop the storage emulator for 10 s mid-produce; produce must resume by itself and nothing acknowledged may be lost.")
    {
        Options.Add(_runs);
        SetAction(InvokeAsync);
    }

    private Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = new StorageOutageOptions { Runs = parseResult.GetValue(_runs) };
        return FaultCommand.RunAsync(parseResult, options, output => StorageOutageScenario.RunAsync(options, output.WriteLine, cancellationToken));
    }
}
