using System.CommandLine;
using OrleansBroker.Client;

namespace OrleansBroker.Cli.Commands;

/// <summary>
/// What every obk command shares: <c>--bootstrap-server</c>, checking the arguments before connecting, the
/// connection itself, and turning any failure into one line on stderr and a non-zero exit code.
/// </summary>
/// <typeparam name="TArguments">The command's arguments, checked and typed.</typeparam>
internal abstract class BrokerCommand<TArguments> : Command
{
    /// <summary>Where a broker started with default settings listens.</summary>
    public const string DefaultBootstrapServer = "localhost:30000";

    private readonly Option<string> _bootstrapServer = new("--bootstrap-server")
    {
        Description = "Comma-separated Orleans gateway endpoints (host:port) to connect to.",
        DefaultValueFactory = _ => DefaultBootstrapServer,
    };

    protected BrokerCommand(string name, string description)
        : base(name, description)
    {
        Options.Add(_bootstrapServer);
        SetAction(InvokeAsync);
    }

    /// <summary>The typed arguments; throws <see cref="UsageException"/> when they make no sense together.</summary>
    protected abstract TArguments Bind(ParseResult parseResult);

    /// <summary>Does the work over a connected client; returns the exit code.</summary>
    protected abstract Task<int> ExecuteAsync(BrokerClient client, TArguments arguments, CommandOutput output, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        try
        {
            var arguments = Bind(parseResult);
            await using var client = await BrokerClient.ConnectAsync(parseResult.GetRequiredValue(_bootstrapServer), cancellationToken);
            return await ExecuteAsync(client, arguments, output, cancellationToken);
        }
        catch (UsageException e)
        {
            output.Fail(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception e)
        {
            output.Fail(e is AggregateException { InnerException: { } inner } ? inner.Message : e.Message);
            return ExitCodes.Failure;
        }
    }
}
