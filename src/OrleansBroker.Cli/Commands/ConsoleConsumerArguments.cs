using OrleansBroker.Cli.Consuming;
using OrleansBroker.Client;
using OrleansBroker.Client.Consuming;

namespace OrleansBroker.Cli.Commands;

/// <summary>The checked arguments of <c>obk console-consumer</c>.</summary>
/// <param name="Topic">--topic.</param>
/// <param name="Partition">--partition; null reads every partition.</param>
/// <param name="Start">Where to start: --offset, or the beginning with --from-beginning, else the end.</param>
/// <param name="Reset">Where to go when the position is out of range; an explicit offset makes that an error.</param>
/// <param name="MaxMessages">--max-messages; null for no limit.</param>
/// <param name="Timeout">--timeout-ms: exit when no record arrives for this long; infinite by default.</param>
/// <param name="Formatter">How records are printed (--property).</param>
/// <param name="Group">--group: consume as a member of this consumer group (committing as it goes); null to read the partitions directly.</param>
internal sealed record ConsoleConsumerArguments(
    string Topic,
    int? Partition,
    Offset Start,
    AutoOffsetReset Reset,
    long? MaxMessages,
    TimeSpan Timeout,
    RecordFormatter Formatter,
    string? Group);
