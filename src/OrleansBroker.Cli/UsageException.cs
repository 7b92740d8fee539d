namespace OrleansBroker.Cli;

/// <summary>The command line asks for something that cannot be done; reported as one line with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
