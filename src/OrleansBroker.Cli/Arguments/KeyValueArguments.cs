using System.Globalization;

namespace OrleansBroker.Cli.Arguments;

/// <summary>Parses repeatable <c>key=value</c> options (<c>--config</c>, <c>--property</c>, <c>--producer-property</c>).</summary>
internal static class KeyValueArguments
{
    /// <summary>The pairs by key, the last one winning; a pair without '=' or with an empty key is a usage error.</summary>
    public static Dictionary<string, string> Parse(IEnumerable<string>? pairs, string option)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"Invalid {option} '{pair}': expected key=value.");
            }

            result[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return result;
    }

    /// <summary>Throws a usage error naming the first key of <paramref name="values"/> not in <paramref name="known"/>.</summary>
    public static void RequireKnown(IReadOnlyDictionary<string, string> values, string option, IReadOnlyCollection<string> known)
    {
        foreach (var key in values.Keys.Where(key => !known.Contains(key)))
        {
            throw new UsageException($"Unknown {option} '{key}'. Known: {string.Join(", ", known)}.");
        }
    }

    /// <summary>The boolean under <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public static bool GetBool(IReadOnlyDictionary<string, string> values, string key, string option, bool fallback = false)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return bool.TryParse(text, out var value) ? value : throw new UsageException($"Invalid {option} {key}={text}: expected true or false.");
    }

    /// <summary>The whole number under <paramref name="key"/>, from <paramref name="min"/> to <paramref name="max"/>, or null when absent.</summary>
    public static long? GetLong(IReadOnlyDictionary<string, string> values, string key, string option, long min, long max = long.MaxValue)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"Invalid {option} {key}={text}: expected a whole number from {min} to {max}.");
    }
}
