using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>
/// The start-up warning when authentication is required but nothing lets anyone in: it is logged with no key and no
/// Entra ID app registration, and not when either is configured.
/// </summary>
public sealed class MissingCredentialsWarningTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("", "", "", true)]
    [InlineData("admin-key", null, null, false)]
    [InlineData(null, "read-only-key", null, false)]
    [InlineData(null, null, "22222222-2222-2222-2222-222222222222", false)]
    public async Task StartAsync_WarnsOnlyWhenNoCredentialIsConfigured(string? adminKey, string? readOnlyKey, string? clientId, bool warns)
    {
        var logger = new FakeLogger<MissingCredentialsWarning>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureAd:ClientId"] = clientId }).Build();
        var warning = new MissingCredentialsWarning(
            Options.Create(new ApiKeyOptions { Admin = adminKey, ReadOnly = readOnlyKey }),
            configuration,
            new HostingEnvironment { EnvironmentName = "Production" },
            logger);

        await warning.StartAsync(TestContext.Current.CancellationToken);

        var expected = "Nobody can sign in: the frontend requires authentication (environment Production) but has no credentials configured, "
            + "so every API call and page is refused. Set Frontend:ApiKeys:Admin and/or Frontend:ApiKeys:ReadOnly, "
            + "or AzureAd:ClientId, AzureAd:TenantId and AzureAd:Instance for Entra ID.";
        Assert.Equal(warns ? [(LogLevel.Warning, expected)] : [], logger.Collector.GetSnapshot().Select(log => (log.Level, log.Message)));
    }
}
