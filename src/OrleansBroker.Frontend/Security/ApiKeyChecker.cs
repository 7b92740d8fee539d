using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OrleansBroker.Frontend.Security;

/// <summary>
/// Turns a presented API key into a signed-in caller with the role of the key it matches, for the <c>X-Api-Key</c>
/// header and the sign-in page alike. Keys are compared as SHA-256 digests in constant time, so neither the content
/// nor the length of a configured key leaks through timing.
/// </summary>
public sealed class ApiKeyChecker(IOptionsMonitor<ApiKeyOptions> options)
{
    /// <summary>The caller <paramref name="presented"/> identifies, authenticated by <paramref name="authenticationType"/>; null when it matches no configured key.</summary>
    public ClaimsPrincipal? Authenticate(string? presented, string authenticationType)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }

        var keys = options.CurrentValue;
        var digest = Digest(presented);
        if (Matches(digest, keys.Admin))
        {
            return FrontendPrincipal.Create("admin (API key)", FrontendRoles.Admin, authenticationType);
        }

        return Matches(digest, keys.ReadOnly) ? FrontendPrincipal.Create("reader (API key)", FrontendRoles.Reader, authenticationType) : null;
    }

    private static bool Matches(byte[] digest, string? configured) =>
        !string.IsNullOrEmpty(configured) && CryptographicOperations.FixedTimeEquals(digest, Digest(configured));

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
