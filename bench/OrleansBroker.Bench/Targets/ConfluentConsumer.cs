using Confluent.Kafka;

namespace OrleansBroker.Bench.Targets;

/// <summary>A librdkafka consumer with its partitions assigned: Consume() serves records from its prefetch queue.</summary>
internal sealed class ConfluentConsumer(IConsumer<Ignore, byte[]> consumer) : IBenchConsumer
{
    public Task ConsumeAsync(Arrivals arrivals) => Task.Run(() => Consume(arrivals));

    public ValueTask DisposeAsync()
    {
        consumer.Close();
        consumer.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Consume(Arrivals arrivals)
    {
        try
        {
            while (!arrivals.Done)
            {
                var result = consumer.Consume(arrivals.AllArrived);
                arrivals.Add(result.Partition.Value, result.Message.Value);
            }
        }
        catch (OperationCanceledException) when (arrivals.Done)
        {
            // Another consumer read the last record while this one waited.
        }
    }
}
