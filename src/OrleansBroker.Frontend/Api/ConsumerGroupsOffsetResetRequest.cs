using System.Text.Json;
using OrleansBroker.Client.Admin;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// The body of <c>POST /api/groups/{group}/offsets/reset</c>, as kafka-consumer-groups --reset-offsets takes it.
/// </summary>
/// <param name="What"><c>earliest</c>, <c>latest</c>, <c>offset</c>, <c>shift</c> or <c>timestamp</c>.</param>
/// <param name="Value">
/// The offset (<c>offset</c>), the shift, negative to go back (<c>shift</c>), or the time as Unix milliseconds or an
/// ISO-8601 string such as <c>2024-01-31T12:00:00Z</c> (<c>timestamp</c>); not used by <c>earliest</c> and <c>latest</c>.
/// </param>
/// <param name="Topic">Reset every partition of this topic; when absent, every partition the group has committed.</param>
/// <param name="Execute">True to commit the new offsets; false (the default) for a dry run that only returns them.</param>
public sealed record ConsumerGroupOffsetResetRequest(string? What, JsonElement? Value, string? Topic, bool Execute)
{
    private const string Choices = "earliest, latest, offset, shift or timestamp";

    /// <summary>The checked reset; an <see cref="ErrorCode.InvalidRequest"/> error naming the problem when the body makes no sense.</summary>
    internal OffsetReset ToOffsetReset()
    {
        (OffsetResetKind Kind, long Value) reset = What?.ToLowerInvariant() switch
        {
            null => throw Invalid($"The field 'what' is required: one of {Choices}."),
            "earliest" => (OffsetResetKind.ToEarliest, 0L),
            "latest" => (OffsetResetKind.ToLatest, 0L),
            "offset" => (OffsetResetKind.ToOffset, Integer("the offset")),
            "shift" => (OffsetResetKind.ShiftBy, Integer("how far to shift the committed offset")),
            "timestamp" => (OffsetResetKind.ToDatetime, UnixMilliseconds()),
            _ => throw Invalid($"Unknown reset '{What}': 'what' must be one of {Choices}."),
        };
        try
        {
            return new OffsetReset(reset.Kind, reset.Value);
        }
        catch (ArgumentException e)
        {
            throw Invalid(e.Message);
        }
    }

    private long Integer(string meaning) =>
        Value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var value)
            ? value
            : throw Invalid($"A reset to '{What}' needs 'value', a whole number: {meaning}.");

    private long UnixMilliseconds() => Value switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var milliseconds) => milliseconds,
        { ValueKind: JsonValueKind.String } text when text.TryGetDateTimeOffset(out var time) => time.ToUnixTimeMilliseconds(),
        _ => throw Invalid("A reset to 'timestamp' needs 'value': Unix milliseconds or an ISO-8601 time such as 2024-01-31T12:00:00Z."),
    };

    private static BrokerException Invalid(string message) => new(ErrorCode.InvalidRequest, message);
}
