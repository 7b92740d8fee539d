using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace OrleansBroker.Cli.Arguments;

/// <summary>Options that take a whole number, with an error that names the option and the text given.</summary>
internal static class NumberOption
{
    /// <summary>An optional whole-number option; null when not given.</summary>
    public static Option<T?> Create<T>(string name, string description)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T> =>
        new(name) { Description = description, CustomParser = result => Parse<T>(result, name) };

    private static T? Parse<T>(ArgumentResult result, string name)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"Invalid {name} '{text}': expected a whole number from {T.MinValue} to {T.MaxValue}.");
        return null;
    }
}
