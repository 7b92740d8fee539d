using System.CommandLine;

namespace OrleansBroker.Soak.Commands;

/// <summary>The harness's commands, one per scenario family.</summary>
public static class SoakCommands
{
    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<Command> All =>
    [
        new KillSiloCommand(),
        new GroupCrashCommand(),
        new ConsumeWorkerCommand(),
        new MixedLoadCommand(),
        new AzureFailoverCommand(),
        new StorageOutageCommand(),
    ];
}
