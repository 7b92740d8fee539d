using System.CommandLine;
using OrleansBroker.Soak.Scenarios.KillSilo;

namespace OrleansBroker.Soak.Commands;

/// <summary><c>kill-silo</c>: fault case 1, SIGKILL of a single silo mid-produce, once per run.</summary>
internal sealed class KillSiloCommand : Command
{
    private readonly Option<int> _runs = new("--runs") { Description = "Kills, one per run.", DefaultValueFactory = _ => 20 };
    private readonly Option<int> _producers = new("--producers") { Description = "Producers, each with its own connection.", DefaultValueFactory = _ => 4 };
    private readonly Option<int> _partitions = new("--partitions") { Description = "Partitions of each run's topic.", DefaultValueFactory = _ => 6 };
    private readonly Option<int> _minBeforeKill = new("--min-before-kill") { Description = "Fewest records acknowledged before the kill.", DefaultValueFactory = _ => 5_000 };
    private readonly Option<int> _maxBeforeKill = new("--max-before-kill") { Description = "Most records acknowledged before the kill.", DefaultValueFactory = _ => 50_000 };
    private readonly Option<int> _afterRestart = new("--after-restart") { Description = "Records acknowledged after the restart before stopping.", DefaultValueFactory = _ => 20_000 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seeds the kill moments.", DefaultValueFactory = _ => 8 };

    public KillSiloCommand()
        : base("kill-silo", "kill -9 of a single silo (file backend) while producers produce; restart; audit every acknowledged record.")
    {
        Options.Add(_runs);
        Options.Add(_producers);
        Options.Add(_partitions);
        Options.Add(_minBeforeKill);
        Options.Add(_maxBeforeKill);
        Options.Add(_afterRestart);
        Options.Add(_seed);
        SetAction(ExecuteAsync);
    }

    private Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = new KillSiloOptions
        {
            Runs = parseResult.GetValue(_runs),
            Producers = parseResult.GetValue(_producers),
            Partitions = parseResult.GetValue(_partitions),
            MinAcknowledgedBeforeKill = parseResult.GetValue(_minBeforeKill),
            MaxAcknowledgedBeforeKill = parseResult.GetValue(_maxBeforeKill),
            AcknowledgedAfterRestart = parseResult.GetValue(_afterRestart),
            Seed = parseResult.GetValue(_seed),
        };
        return FaultCommand.RunAsync(parseResult, options, output => new KillSiloScenario(options, output).RunAsync(cancellationToken));
    }
}
