using System.Globalization;
using System.Text.Json;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Api;

namespace OrleansBroker.Frontend.Pages.Groups;

/// <summary>
/// The reset-offsets form, read by the API's <see cref="ConsumerGroupOffsetResetRequest"/> so both check a reset with
/// the same rules and words: where to (<see cref="What"/>), the <see cref="Value"/> it needs, and optionally one topic.
/// </summary>
public sealed class OffsetResetForm
{
    /// <summary>The resets the form offers, as the API names them, with what each does.</summary>
    public static IReadOnlyList<(string What, string Meaning)> Choices { get; } =
    [
        ("earliest", "earliest: the log start"),
        ("latest", "latest: the log end"),
        ("offset", "offset: a given offset"),
        ("shift", "shift: the committed offset plus or minus a number"),
        ("timestamp", "timestamp: the first record at or after a time"),
    ];

    /// <summary>Where to move the offsets: earliest, latest, offset, shift or timestamp.</summary>
    public string What { get; set; } = "earliest";

    /// <summary>The offset, the shift or the time (Unix milliseconds or ISO-8601); blank for earliest and latest.</summary>
    public string? Value { get; set; }

    /// <summary>The topic whose every partition to reset; null for every partition the group has committed.</summary>
    public string? Topic { get; set; }

    /// <summary>The checked reset; an InvalidRequest error naming the problem when the form makes no sense.</summary>
    internal OffsetReset ToOffsetReset() => new ConsumerGroupOffsetResetRequest(What, ValueAsJson(), Topic, Execute: false).ToOffsetReset();

    /// <summary>The value as the API's JSON body would carry it: a number when it is one, else a string; null when blank.</summary>
    private JsonElement? ValueAsJson()
    {
        var text = Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? JsonSerializer.SerializeToElement(number)
            : JsonSerializer.SerializeToElement(text);
    }
}
