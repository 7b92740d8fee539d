using Microsoft.Extensions.DependencyInjection;

namespace OrleansBroker.Frontend.Security;

/// <summary>Registers who may do what: authentication schemes and the <see cref="FrontendPolicies"/>.</summary>
internal static class FrontendSecurityExtensions
{
    /// <summary>Adds authentication and the read and admin policies.</summary>
    public static WebApplicationBuilder AddFrontendSecurity(this WebApplicationBuilder builder)
    {
        // Placeholder until the API key / cookie / Entra ID schemes land: both policies allow everyone.
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(FrontendPolicies.Read, policy => policy.RequireAssertion(_ => true))
            .AddPolicy(FrontendPolicies.Admin, policy => policy.RequireAssertion(_ => true));
        return builder;
    }
}
