namespace OrleansBroker.Infra.Tests;

/// <summary>
/// azure.yaml, read as plain lines: azd deploys one service, the Aspire AppHost project, to Container Apps, and
/// provisions it with the hand-written Bicep under infra/ rather than generating its own.
/// </summary>
public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoPaths.Of("azure.yaml")).Select(line => line.Trim()).ToArray();

    [Fact]
    public void AzureYaml_Service_IsTheAppHostOnContainerApps()
    {
        Assert.Contains("name: orleans-broker", Lines);
        Assert.Contains("project: ./AppHost/OrleansBroker.AppHost.csproj", Lines);
        Assert.Contains("language: dotnet", Lines);
        Assert.Contains("host: containerapp", Lines);
    }

    [Fact]
    public void AzureYaml_Infra_IsTheBicepUnderInfra()
    {
        Assert.Contains("provider: bicep", Lines);
        Assert.Contains("path: infra", Lines);
        Assert.True(File.Exists(RepoPaths.Of("infra/main.bicep")), "azd provisions infra/main.bicep, which is missing.");
    }
}
