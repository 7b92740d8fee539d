using OrleansBroker.Client.Producing;

namespace OrleansBroker.Cli.Producing;

/// <summary>Counts records the broker did not store and reports each as one line on stderr. Thread-safe: delivery reports arrive on any thread.</summary>
internal sealed class DeliveryFailures(string topic, CommandOutput output)
{
    private readonly object _lock = new();

    /// <summary>How many records failed.</summary>
    public int Count { get; private set; }

    /// <summary>Records the outcome of input line <paramref name="lineNumber"/>.</summary>
    public void Report<TKey, TValue>(long lineNumber, DeliveryReport<TKey, TValue> report)
    {
        if (report.Error is not { } error)
        {
            return;
        }

        lock (_lock)
        {
            Count++;
            output.Fail($"Could not produce line {lineNumber} to topic '{topic}': {error.Message}");
        }
    }
}
