using System.Globalization;
using OrleansBroker.Client;

namespace OrleansBroker.Cli.Consuming;

/// <summary>Parses <c>--offset</c>: a non-negative offset, <c>earliest</c> or <c>latest</c>.</summary>
internal static class StartOffset
{
    /// <summary>The offset <paramref name="text"/> names; anything else is a usage error.</summary>
    public static Offset Parse(string text) => text.ToLowerInvariant() switch
    {
        "earliest" => Offset.Beginning,
        "latest" => Offset.End,
        _ when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) => offset,
        _ => throw new UsageException($"The offset must be a non-negative number, 'earliest' or 'latest' (got '{text}')."),
    };
}
