using System.CommandLine;
using OrleansBroker.Soak.Scenarios.GroupCrash;

namespace OrleansBroker.Soak.Commands;

/// <summary><c>group-crash</c>: fault case 6, a group consumer killed with SIGKILL mid-stream and another taking over, once per run.</summary>
internal sealed class GroupCrashCommand : Command
{
    private readonly Option<int> _runs = new("--runs") { Description = "Crashes, one per run.", DefaultValueFactory = _ => 10 };
    private readonly Option<int> _records = new("--records") { Description = "Records in each run's topic.", DefaultValueFactory = _ => 3_000 };
    private readonly Option<int> _partitions = new("--partitions") { Description = "Partitions of each run's topic.", DefaultValueFactory = _ => 6 };
    private readonly Option<int> _commitEvery = new("--commit-every") { Description = "The consumer commits after processing this many records.", DefaultValueFactory = _ => 50 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seeds the kill moments.", DefaultValueFactory = _ => 6 };

    public GroupCrashCommand()
        : base("group-crash", "kill -9 of a consumer-group member mid-stream; another member must resume every partition at the last commit.")
    {
        Options.Add(_runs);
        Options.Add(_records);
        Options.Add(_partitions);
        Options.Add(_commitEvery);
        Options.Add(_seed);
        SetAction(ExecuteAsync);
    }

    private Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = new GroupCrashOptions
        {
            Runs = parseResult.GetValue(_runs),
            Records = parseResult.GetValue(_records),
            Partitions = parseResult.GetValue(_partitions),
            CommitEvery = parseResult.GetValue(_commitEvery),
            Seed = parseResult.GetValue(_seed),
        };
        return FaultCommand.RunAsync(parseResult, options, output => new GroupCrashScenario(options, output).RunAsync(cancellationToken));
    }
}
