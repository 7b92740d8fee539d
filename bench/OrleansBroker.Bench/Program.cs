using System.CommandLine;
using OrleansBroker.Bench.Commands;

// Usage: dotnet run -c Release --project bench/OrleansBroker.Bench -- <command> [options]; --help lists the commands.
// Each command starts its own silo process (and peers) on free loopback ports, runs its workloads, checks that every
// record came back exactly once and in order, and prints medians with ranges; a lost or duplicated record fails it.
RootCommand root = new("Whole-system benchmarks of OrleansBroker (issue 9), side by side with the brokers users would pick instead.");
foreach (var command in BenchCommands.All)
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
