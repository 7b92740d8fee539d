using System.CommandLine;
using OrleansBroker.Cli.Commands;

namespace OrleansBroker.Cli;

/// <summary>The <c>obk</c> command tree, and what happens when the command line itself is wrong.</summary>
internal static class ObkApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command; a parse error is one line on stderr.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("obk: the kafka-topics, kafka-console-producer, kafka-console-consumer and kafka-consumer-groups commands for OrleansBroker.")
        {
            new TopicsCommand(),
            new ConsoleProducerCommand(),
            new ConsoleConsumerCommand(),
            new ConsumerGroupsCommand(),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            var message = parseResult.CommandResult.Command == root && parseResult.UnmatchedTokens.Count > 0
                ? $"Unknown command '{parseResult.UnmatchedTokens[0]}': expected {string.Join(", ", root.Subcommands.Select(command => command.Name))}."
                : parseResult.Errors[0].Message;
            await Console.Error.WriteLineAsync(CommandOutput.ErrorLine(message));
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync();
    }
}
