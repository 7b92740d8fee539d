namespace OrleansBroker.Bench;

/// <summary>A client measured by the bench: produces the numbered records to a topic, then consumes them from the start.</summary>
internal interface IBenchTarget : IAsyncDisposable
{
    /// <summary>The name in the results table.</summary>
    string Name { get; }

    /// <summary>Sends records 0 to <paramref name="count"/> - 1 and waits for every acknowledgement; returns the seconds taken.</summary>
    Task<double> ProduceAsync(string topic, int count);

    /// <summary>Reads <paramref name="count"/> records from the start of partition 0, checking each; returns the seconds taken.</summary>
    Task<double> ConsumeAsync(string topic, int count);
}
