using System.CommandLine;
using System.Text;
using OrleansBroker.Cli.Arguments;
using OrleansBroker.Cli.Producing;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Cli.Commands;

/// <summary>
/// <c>obk console-producer</c>, as kafka-console-producer: produces each line of standard input as a record. Exits
/// once input ends (or Ctrl+C) and every record is acknowledged; each record the broker refused is one line on stderr
/// and makes the exit code non-zero.
/// </summary>
internal sealed class ConsoleProducerCommand : BrokerCommand<ConsoleProducerArguments>
{
    private readonly Option<string> _topic = new("--topic") { Description = "The topic to produce to.", Required = true };
    private readonly Option<string[]> _property = new("--property")
    {
        Description = "How lines are read, as name=value (repeatable): parse.key=true, key.separator=<text> (default TAB), ignore.error=true.",
    };

    private readonly Option<string[]> _producerProperty = new("--producer-property")
    {
        Description = "A producer config, as name=value (repeatable): linger.ms, batch.size, buffer.memory, enable.idempotence.",
    };

    public ConsoleProducerCommand()
        : base("console-producer", "Produce each line of standard input as a record (kafka-console-producer).")
    {
        Options.Add(_topic);
        Options.Add(_property);
        Options.Add(_producerProperty);
    }

    protected override ConsoleProducerArguments Bind(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(_topic),
        new LineMessageReader(KeyValueArguments.Parse(parseResult.GetValue(_property), "--property")),
        ProducerProperties.ToConfig(KeyValueArguments.Parse(parseResult.GetValue(_producerProperty), "--producer-property")));

    protected override async Task<int> ExecuteAsync(BrokerClient client, ConsoleProducerArguments arguments, CommandOutput output, CancellationToken cancellationToken)
    {
        var failures = new DeliveryFailures(arguments.Topic, output);
        await using var producer = new ProducerBuilder<string, string>(client, arguments.Config).Build();
        try
        {
            await ProduceLinesAsync(producer, arguments, failures, output, cancellationToken);
        }
        finally
        {
            // Also when a line is bad: what was read before it still goes out, as Kafka's producer does on close.
            await producer.FlushAsync(CancellationToken.None);
        }

        return failures.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task ProduceLinesAsync(
        IProducer<string, string> producer, ConsoleProducerArguments arguments, DeliveryFailures failures, CommandOutput output, CancellationToken cancellationToken)
    {
        var prompt = !Console.IsInputRedirected;
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        for (var lineNumber = 1L; ; lineNumber++)
        {
            if (prompt)
            {
                await output.Out.WriteAsync("> ");
            }

            string? line;
            try
            {
                // The console stream ignores cancellation; WaitAsync lets Ctrl+C end the wait for a line.
                line = await input.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (line is null)
            {
                // End of input typed at the prompt: leave the terminal on a fresh line.
                if (prompt)
                {
                    await output.Out.WriteLineAsync();
                }

                return;
            }

            var number = lineNumber;
            await producer.ProduceAsync(arguments.Topic, arguments.Reader.Read(line, number), report => failures.Report(number, report), cancellationToken);
        }
    }
}
