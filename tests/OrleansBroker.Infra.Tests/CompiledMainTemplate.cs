using System.Text.Json;

namespace OrleansBroker.Infra.Tests;

/// <summary>infra/main.bicep compiled once to ARM JSON (bicep build --stdout), shared by a test class.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    private JsonDocument? _document;

    /// <summary>The ARM JSON as Bicep printed it.</summary>
    public string Json { get; private set; } = string.Empty;

    /// <summary>The parsed template.</summary>
    internal ArmTemplate Template => new((_document ?? throw new InvalidOperationException("Not compiled yet.")).RootElement);

    public async ValueTask InitializeAsync()
    {
        var result = await BicepCli.RunAsync(TestContext.Current.CancellationToken, "build", "infra/main.bicep", "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({result.ExitCode}): {result.StandardError}");
        }

        Json = result.StandardOutput;
        _document = JsonDocument.Parse(Json);
    }

    public ValueTask DisposeAsync()
    {
        _document?.Dispose();
        return ValueTask.CompletedTask;
    }
}
