namespace OrleansBroker.Infra.Tests;

/// <summary>
/// The Azure templates compile and lint clean with the pinned Bicep CLI: <c>bicep build</c> (to stdout, so
/// nothing is written into the repository) and <c>bicep lint</c> exit 0 and report no warning or error. Lint
/// warnings exit 0 too, so the output itself must be empty.
/// </summary>
public sealed class BicepCliTests
{
    [Fact]
    public async Task Build_MainTemplate_SucceedsWithoutDiagnostics()
    {
        var result = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build", "infra/main.bicep", "--stdout");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardError.Trim());
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var result = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "lint", "infra/main.bicep");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, (result.StandardOutput + result.StandardError).Trim());
    }
}
