using System.CommandLine;
using OrleansBroker.Soak.Commands;

// Usage: dotnet run -c Release --project bench/OrleansBroker.Soak -- <command> [options]; --help lists the commands.
// Each command starts its own silo processes on free loopback ports, runs its scenario, audits every record the broker
// acknowledged and prints what it found; it exits non-zero when anything acknowledged was lost or duplicated.
RootCommand root = new("Fault and soak scenarios for OrleansBroker (issue 8): acknowledged records must all come back, once, in order.");
foreach (var command in SoakCommands.All)
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
