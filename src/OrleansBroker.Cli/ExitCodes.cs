namespace OrleansBroker.Cli;

/// <summary>What obk's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The broker refused or failed the request, or could not be reached.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong (missing or conflicting options); nothing was sent to the broker.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C) before the command got going, as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}
