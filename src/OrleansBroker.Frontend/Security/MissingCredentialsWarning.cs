using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// Says at start-up, as a warning, why nobody can get in when authentication is required but no API key and no
/// Entra ID app registration is configured (every API call and page is then refused, which is safe but puzzling).
/// </summary>
internal sealed partial class MissingCredentialsWarning(
    IOptions<ApiKeyOptions> keys,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<MissingCredentialsWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keys.Value.Admin) && string.IsNullOrEmpty(keys.Value.ReadOnly) && !EntraIdAuthentication.IsConfigured(configuration))
        {
            LogNobodyCanSignIn(environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nobody can sign in: the frontend requires authentication (environment {Environment}) but has no credentials configured, so every API call and page is refused. Set Frontend:ApiKeys:Admin and/or Frontend:ApiKeys:ReadOnly, or AzureAd:ClientId, AzureAd:TenantId and AzureAd:Instance for Entra ID.")]
    private partial void LogNobodyCanSignIn(string environment);
}
