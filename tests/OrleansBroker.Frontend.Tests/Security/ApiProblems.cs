using System.Net;
using System.Text.Json;

namespace OrleansBroker.Frontend.Tests.Security;

/// <summary>Reads the refusals the security tests expect: status, problem+json and the detail a caller is shown.</summary>
internal static class ApiProblems
{
    /// <summary>What a caller without credentials is told.</summary>
    public const string NotSignedIn = "Authentication is required: send an API key in the X-Api-Key header (or an Entra ID bearer token, where Entra ID is configured).";

    /// <summary>What a caller with a key that matches none is told.</summary>
    public const string InvalidKey = "The API key in the X-Api-Key header is not valid.";

    /// <summary>What a caller without the admin role is told.</summary>
    public const string NotAdmin = "This needs the admin role (Broker.Admin). Read-only keys and tokens, and browser sessions, can only read through the API: use an admin API key or token, or the web UI's forms.";

    /// <summary>"" when <paramref name="response"/> is a problem with <paramref name="status"/> and <paramref name="detail"/>, else what it was instead.</summary>
    public static async Task<string> MismatchAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode == status && type == "application/problem+json")
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("detail", out var actual) && actual.GetString() == detail)
            {
                return "";
            }
        }

        return $"{(int)response.StatusCode} {type} {body}";
    }
}
