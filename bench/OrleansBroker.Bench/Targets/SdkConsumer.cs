using OrleansBroker.Client.Consuming;

namespace OrleansBroker.Bench.Targets;

/// <summary>An SDK consumer with its partitions assigned: one record per ConsumeAsync, served from its prefetched batches.</summary>
internal sealed class SdkConsumer(IConsumer<byte[], byte[]> consumer) : IBenchConsumer
{
    public async Task ConsumeAsync(Arrivals arrivals)
    {
        try
        {
            while (!arrivals.Done)
            {
                if (await consumer.ConsumeAsync(TimeSpan.FromSeconds(1), arrivals.AllArrived) is { } result)
                {
                    arrivals.Add(result.Partition, result.Message.Value);
                }
            }
        }
        catch (OperationCanceledException) when (arrivals.Done)
        {
            // Another consumer read the last record while this one waited.
        }
    }

    public ValueTask DisposeAsync() => consumer.DisposeAsync();
}
