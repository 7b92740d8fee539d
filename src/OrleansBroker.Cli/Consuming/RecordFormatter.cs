using System.Globalization;
using System.Text;
using OrleansBroker.Cli.Arguments;
using OrleansBroker.Client;

namespace OrleansBroker.Cli.Consuming;

/// <summary>
/// Prints consumed records as Kafka's DefaultMessageFormatter: optional <c>CreateTime:ts</c>, <c>Partition:p</c>,
/// <c>Offset:o</c> and key, each followed by <c>key.separator</c> (default TAB), then the value and
/// <c>line.separator</c>. A null key or value prints as <c>null.literal</c> (default <c>null</c>).
/// </summary>
internal sealed class RecordFormatter
{
    private const string Option = "--property";
    private static readonly string[] Known =
        ["print.timestamp", "print.partition", "print.offset", "print.key", "print.value", "key.separator", "line.separator", "null.literal"];

    private readonly bool _printTimestamp;
    private readonly bool _printPartition;
    private readonly bool _printOffset;
    private readonly bool _printKey;
    private readonly bool _printValue;
    private readonly string _keySeparator;
    private readonly string _lineSeparator;
    private readonly string _nullLiteral;

    /// <summary>Reads the <c>--property</c> settings; unknown names and bad values are usage errors.</summary>
    public RecordFormatter(IReadOnlyDictionary<string, string> properties)
    {
        KeyValueArguments.RequireKnown(properties, Option, Known);
        _printTimestamp = KeyValueArguments.GetBool(properties, "print.timestamp", Option);
        _printPartition = KeyValueArguments.GetBool(properties, "print.partition", Option);
        _printOffset = KeyValueArguments.GetBool(properties, "print.offset", Option);
        _printKey = KeyValueArguments.GetBool(properties, "print.key", Option);
        _printValue = KeyValueArguments.GetBool(properties, "print.value", Option, fallback: true);
        _keySeparator = properties.GetValueOrDefault("key.separator", "\t");
        _lineSeparator = properties.GetValueOrDefault("line.separator", "\n");
        _nullLiteral = properties.GetValueOrDefault("null.literal", "null");
    }

    /// <summary>The text for <paramref name="record"/>, line separator included; <paramref name="timestampType"/> is CreateTime or LogAppendTime.</summary>
    public string Format(ConsumeResult<string, string> record, string timestampType)
    {
        var columns = new List<string>(5);
        if (_printTimestamp)
        {
            columns.Add(Invariant($"{timestampType}:{record.Message.Timestamp}"));
        }

        if (_printPartition)
        {
            columns.Add(Invariant($"Partition:{record.Partition}"));
        }

        if (_printOffset)
        {
            columns.Add(Invariant($"Offset:{record.Offset}"));
        }

        if (_printKey)
        {
            columns.Add(record.Message.Key ?? _nullLiteral);
        }

        if (_printValue)
        {
            columns.Add(record.Message.Value ?? _nullLiteral);
        }

        return new StringBuilder().AppendJoin(_keySeparator, columns).Append(_lineSeparator).ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
