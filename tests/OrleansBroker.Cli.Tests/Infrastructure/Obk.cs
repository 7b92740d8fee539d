namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Runs obk command lines as the walkthrough writes them, e.g. <c>topics --bootstrap-server GW --topic t --create</c>.</summary>
internal static class Obk
{
    /// <summary>Runs <c>obk commandLine</c> (arguments separated by spaces) with <paramref name="input"/> on stdin, to completion.</summary>
    public static Task<ObkResult> RunAsync(string commandLine, string input = "") => RunAsync(Split(commandLine), input);

    /// <summary>Runs <c>obk args</c> with <paramref name="input"/> on stdin, to completion.</summary>
    public static async Task<ObkResult> RunAsync(IEnumerable<string> args, string input = "")
    {
        await using var process = ObkProcess.Start(args);
        await process.CloseInputAsync(input);
        return await process.WaitForExitAsync();
    }

    /// <summary>Starts <c>obk commandLine</c> and leaves it running (a console consumer waiting for records).</summary>
    public static ObkProcess Start(string commandLine) => ObkProcess.Start(Split(commandLine));

    /// <summary>
    /// Runs a console consumer as the walkthrough does (no --max-messages), waits until it has printed
    /// <paramref name="lastLine"/>, then stops it with Ctrl+C, as a user would.
    /// </summary>
    public static async Task<ObkResult> ConsumeUntilAsync(string commandLine, string lastLine)
    {
        await using var consumer = Start(commandLine);
        var seen = await consumer.WaitForLineAsync(line => line == lastLine, ObkProcess.DefaultTimeout);
        var result = await consumer.InterruptAsync();
        Assert.True(seen, $"The consumer never printed '{lastLine}'. {result}");
        return result;
    }

    /// <summary>Creates <paramref name="topic"/> with <c>topics --create</c> and <paramref name="options"/>, and checks that it was.</summary>
    public static async Task CreateTopicAsync(string bootstrapServer, string topic, string options = "") =>
        ObkAssert.Succeeded(await RunAsync($"topics --bootstrap-server {bootstrapServer} --topic {topic} --create {options}"), $"Created topic {topic}.");

    /// <summary>Produces <paramref name="lines"/> with <c>console-producer</c> and checks that every one was acknowledged.</summary>
    public static async Task ProduceAsync(string bootstrapServer, string topic, params string[] lines) =>
        ObkAssert.Succeeded(await RunAsync($"console-producer --bootstrap-server {bootstrapServer} --topic {topic}", Input(lines)));

    /// <summary>Lines as console input: each ends with a newline.</summary>
    public static string Input(params IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));

    private static string[] Split(string commandLine) => commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
