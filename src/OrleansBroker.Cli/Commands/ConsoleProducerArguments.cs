using OrleansBroker.Cli.Producing;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Cli.Commands;

/// <summary>The checked arguments of <c>obk console-producer</c>.</summary>
/// <param name="Topic">--topic.</param>
/// <param name="Reader">How lines become messages (--property).</param>
/// <param name="Config">Producer settings (--producer-property).</param>
internal sealed record ConsoleProducerArguments(string Topic, LineMessageReader Reader, ProducerConfig Config);
