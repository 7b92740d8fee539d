using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// The API's one access check. In Development every call passes. Elsewhere a call must carry the admin key
/// (<c>Frontend:ApiKeys:Admin</c>) in <c>X-Api-Key</c>; with no key configured every call is refused. Every endpoint
/// under <c>/api</c> is an admin action for now: reads and the mutating POST and DELETE alike.
/// </summary>
internal sealed partial class ApiKeyFilter(IHostEnvironment environment, IConfiguration configuration, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The configuration key of the admin API key.</summary>
    public const string AdminKeySetting = "Frontend:ApiKeys:Admin";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (environment.IsDevelopment())
        {
            return await next(context);
        }

        var expected = configuration[AdminKeySetting];
        if (string.IsNullOrEmpty(expected))
        {
            LogNoKeyConfigured(context.HttpContext.Request.Method, context.HttpContext.Request.Path, AdminKeySetting, environment.EnvironmentName);
            return Unauthorized();
        }

        var given = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected)))
        {
            LogKeyRejected(context.HttpContext.Request.Method, context.HttpContext.Request.Path, given.Length == 0 ? "no" : "a wrong");
            return Unauthorized();
        }

        return await next(context);
    }

    private static IResult Unauthorized() =>
        Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: $"A valid API key is required in the {HeaderName} header.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: no API key is configured ({Setting}) and the environment is {Environment}, not Development, so every API call is refused.")]
    private partial void LogNoKeyConfigured(string method, PathString path, string setting, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: the request carried {What} API key.")]
    private partial void LogKeyRejected(string method, PathString path, string what);
}
