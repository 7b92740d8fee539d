using OrleansBroker.Cli.Arguments;
using OrleansBroker.Client;
using OrleansBroker.Records;

namespace OrleansBroker.Cli.Producing;

/// <summary>
/// Turns input lines into messages, as Kafka's LineMessageReader: the whole line is the value, or with
/// <c>parse.key=true</c> the text before the first <c>key.separator</c> (default TAB) is the key.
/// </summary>
internal sealed class LineMessageReader
{
    private const string ParseKey = "parse.key";
    private const string KeySeparator = "key.separator";
    private const string IgnoreError = "ignore.error";
    private const string Option = "--property";
    private static readonly string[] Known = [ParseKey, KeySeparator, IgnoreError];

    private readonly bool _parseKey;
    private readonly string _keySeparator;
    private readonly bool _ignoreError;

    /// <summary>Reads the <c>--property</c> settings; unknown names and bad values are usage errors.</summary>
    public LineMessageReader(IReadOnlyDictionary<string, string> properties)
    {
        KeyValueArguments.RequireKnown(properties, Option, Known);
        _parseKey = KeyValueArguments.GetBool(properties, ParseKey, Option);
        _keySeparator = properties.GetValueOrDefault(KeySeparator, "\t");
        _ignoreError = KeyValueArguments.GetBool(properties, IgnoreError, Option);
        if (_keySeparator.Length == 0)
        {
            throw new UsageException($"Invalid {Option} {KeySeparator}: it must not be empty.");
        }
    }

    /// <summary>The message for line <paramref name="lineNumber"/> (from 1); a keyed line without the separator is an error unless ignore.error is set.</summary>
    public Message<string, string> Read(string line, long lineNumber)
    {
        if (!_parseKey)
        {
            return new Message<string, string> { Value = line };
        }

        var separator = line.IndexOf(_keySeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            return new Message<string, string> { Key = line[..separator], Value = line[(separator + _keySeparator.Length)..] };
        }

        return _ignoreError
            ? new Message<string, string> { Value = line }
            : throw new BrokerException(ErrorCode.InvalidRecord, $"No key separator found on line number {lineNumber}: '{line}'");
    }
}
