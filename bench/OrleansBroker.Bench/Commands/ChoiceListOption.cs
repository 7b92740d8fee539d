using System.CommandLine;

namespace OrleansBroker.Bench.Commands;

/// <summary>
/// A list option whose values come from a fixed set, given separated by spaces or commas (<c>--targets sdk redis</c> or
/// <c>--targets sdk,redis</c>); any other value is a parse error naming it, before anything is started.
/// </summary>
internal static class ChoiceListOption
{
    /// <summary>An option <paramref name="name"/> for <paramref name="what"/> chosen from <paramref name="choices"/>, all of them by default.</summary>
    public static Option<string[]> Create(string name, string what, IReadOnlyList<string> choices) => new(name)
    {
        Description = $"{what}, separated by spaces or commas: {string.Join(", ", choices)}.",
        DefaultValueFactory = _ => [.. choices],
        AllowMultipleArgumentsPerToken = true,
        CustomParser = result =>
        {
            string[] values = [.. result.Tokens.SelectMany(token => token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
            var unknown = values.Except(choices).ToList();
            if (unknown.Count > 0)
            {
                result.AddError($"Unknown {what.ToLowerInvariant()}: {string.Join(", ", unknown)}; choose from {string.Join(", ", choices)}.");
            }

            return values;
        },
    };
}
