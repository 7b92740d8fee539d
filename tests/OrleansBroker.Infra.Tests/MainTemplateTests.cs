using System.Text.Json;

namespace OrleansBroker.Infra.Tests;

/// <summary>
/// The compiled ARM template of infra/main.bicep keeps the deployment's promises: no storage account keys
/// anywhere (the account refuses shared keys; the managed identity holds blob and table data roles), at least two
/// silos that no one outside the Container Apps environment can reach, a frontend served over HTTPS only, the
/// settings the silo reads, and a parameters file that matches the template.
/// </summary>
public sealed class MainTemplateTests(CompiledMainTemplate compiled) : IClassFixture<CompiledMainTemplate>
{
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void CompiledTemplate_Text_HasNoStorageKeys()
    {
        Assert.DoesNotContain("listKeys", compiled.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", compiled.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StorageAccount_Settings_RefuseSharedKeysAndPublicAccess()
    {
        var properties = compiled.Template.Module("storage").ResourcesOfType("Microsoft.Storage/storageAccounts").Single().GetProperty("properties");

        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
    }

    [Fact]
    public void StorageRoleAssignments_ManagedIdentity_GetsBlobAndTableDataContributor()
    {
        var storage = compiled.Template.Module("storage");
        var assignments = storage.ResourcesOfType("Microsoft.Authorization/roleAssignments").ToList();

        var roles = assignments.Select(assignment => storage.Resolve(assignment.GetProperty("properties").GetProperty("roleDefinitionId")).GetString()!).ToList();
        Assert.Equal(2, roles.Count);
        Assert.Single(roles, role => role.Contains(BlobDataContributor, StringComparison.Ordinal));
        Assert.Single(roles, role => role.Contains(TableDataContributor, StringComparison.Ordinal));
        Assert.All(assignments, assignment =>
        {
            Assert.Contains("Microsoft.Storage/storageAccounts", assignment.GetProperty("scope").GetString(), StringComparison.Ordinal);
            var principal = assignment.GetProperty("properties").GetProperty("principalId").GetString()!;
            Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", principal, StringComparison.Ordinal);
            Assert.EndsWith(".principalId]", principal, StringComparison.Ordinal);
        });
        Assert.Contains("'Microsoft.Resources/deployments', 'identity'", compiled.Template.ModuleArgument("storage", "identityName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SiloApp_Scale_KeepsAtLeastTwoReplicas()
    {
        var silo = compiled.Template.Module("silo");
        var scale = ContainerApp(silo).GetProperty("properties").GetProperty("template").GetProperty("scale");

        Assert.True(silo.MinimumOf(scale.GetProperty("minReplicas")) >= 2, $"minReplicas may go below 2: {scale}");
    }

    [Fact]
    public void SiloApp_Ingress_IsInternalWithSiloAndGatewayPorts()
    {
        var silo = compiled.Template.Module("silo");
        var ingress = ContainerApp(silo).GetProperty("properties").GetProperty("configuration").GetProperty("ingress");
        var mappings = ingress.GetProperty("additionalPortMappings").EnumerateArray().ToList();

        Assert.False(ingress.GetProperty("external").GetBoolean());
        Assert.All(mappings, mapping => Assert.False(mapping.GetProperty("external").GetBoolean()));
        Assert.Equal([11111, 30000], mappings.Select(mapping => silo.Resolve(mapping.GetProperty("targetPort")).GetInt32()).Order());
    }

    [Fact]
    public void SiloApp_Environment_NamesEverySettingTheSiloReads()
    {
        string[] names =
        [
            "Orleans__ClusterId", "Orleans__ServiceId", "Orleans__Clustering__ProviderType", "Orleans__Clustering__ServiceKey",
            "Orleans__GrainStorage__broker__ProviderType", "Orleans__GrainStorage__broker__ServiceKey",
            "ConnectionStrings__clustering", "ConnectionStrings__grain-state", "ConnectionStrings__logs", "Broker__LogStorage",
            "AZURE_CLIENT_ID", "Orleans__Endpoints__SiloPort", "Orleans__Endpoints__GatewayPort", "HTTP_PORTS",
        ];
        var siloDeployment = compiled.Template.Deployment("silo").GetRawText();

        Assert.All(names, name => Assert.Contains($"\"{name}\"", siloDeployment, StringComparison.Ordinal));
    }

    [Fact]
    public void FrontendApp_Ingress_IsExternalAndHttpsOnly()
    {
        var ingress = ContainerApp(compiled.Template.Module("frontend")).GetProperty("properties").GetProperty("configuration").GetProperty("ingress");

        Assert.True(ingress.GetProperty("external").GetBoolean());
        Assert.False(ingress.GetProperty("allowInsecure").GetBoolean());
    }

    [Fact]
    public void ParametersFile_Parameters_MatchTheTemplate()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("infra/main.parameters.json")));
        var supplied = file.RootElement.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name).ToList();
        var template = compiled.Template;
        var required = template.ParameterNames.Where(name => !template.Parameter(name).TryGetProperty("defaultValue", out _));

        Assert.All(supplied, name => Assert.Contains(name, template.ParameterNames));
        Assert.All(required, name => Assert.Contains(name, supplied));
    }

    private static JsonElement ContainerApp(ArmTemplate module) => module.ResourcesOfType("Microsoft.App/containerApps").Single();
}
