namespace OrleansBroker.Cli;

/// <summary>Where a command writes: records and results to <see cref="Out"/>, diagnostics to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CommandOutput(TextWriter Out, TextWriter Error)
{
    /// <summary>Writes one error line; messages spanning several lines are joined so an error is always one line.</summary>
    public void Fail(string message) => Error.WriteLine(ErrorLine(message));

    /// <summary><c>Error: message</c>, on one line.</summary>
    public static string ErrorLine(string message) =>
        "Error: " + string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
