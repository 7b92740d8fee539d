namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>How an obk run ended: its exit code and every line it printed.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Out">Standard output, line by line.</param>
/// <param name="Error">Standard error, line by line.</param>
internal sealed record ObkResult(int ExitCode, IReadOnlyList<string> Out, IReadOnlyList<string> Error)
{
    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() =>
        $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{string.Join(Environment.NewLine, Out)}{Environment.NewLine}stderr:{Environment.NewLine}{string.Join(Environment.NewLine, Error)}";
}
