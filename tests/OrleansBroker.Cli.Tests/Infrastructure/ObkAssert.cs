namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Exact checks of an obk run: exit code, every stdout line and every stderr line, compared as one text so a failure shows all of it.</summary>
internal static class ObkAssert
{
    /// <summary>Exit code 0, exactly <paramref name="lines"/> on stdout, nothing on stderr.</summary>
    public static void Succeeded(ObkResult result, params string[] lines) => Equal(new ObkResult(0, lines, []), result);

    /// <summary>A console consumer that printed exactly <paramref name="records"/> and then its total, and exited 0.</summary>
    public static void Consumed(ObkResult result, params string[] records) =>
        Equal(new ObkResult(0, records, [$"Processed a total of {records.Length} messages"]), result);

    /// <summary>A broker-side failure: exit code 1, nothing on stdout, exactly <c>Error: message</c> on stderr.</summary>
    public static void Failed(ObkResult result, string message) => Equal(new ObkResult(1, [], ["Error: " + message]), result);

    /// <summary>A usage error: exit code 2, nothing on stdout, exactly <c>Error: message</c> on stderr.</summary>
    public static void UsageError(ObkResult result, string message) => Equal(new ObkResult(2, [], ["Error: " + message]), result);

    /// <summary>The whole of <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public static void Equal(ObkResult expected, ObkResult actual) => Assert.Equal(expected.ToString(), actual.ToString());
}
