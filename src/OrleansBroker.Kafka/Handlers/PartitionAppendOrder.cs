using OrleansBroker.Abstractions;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Keeps one connection's appends to each partition in the order their Produce requests arrived: a client pipelines
/// requests and expects its batches in the log in that order, while appends to different partitions run at once.
/// Not thread-safe: used only while the connection reads requests, one at a time.
/// </summary>
public sealed class PartitionAppendOrder
{
    // Past this many partitions, finished ones are forgotten so a long-lived connection does not grow without end.
    private const int PruneThreshold = 256;
    private readonly Dictionary<TopicPartition, Task> _latest = [];

    /// <summary>Starts <paramref name="append"/> once the connection's previous append to <paramref name="partition"/> has ended, successfully or not.</summary>
    public Task<T> Enqueue<T>(TopicPartition partition, Func<Task<T>> append)
    {
        if (_latest.Count >= PruneThreshold)
        {
            foreach (var finished in _latest.Where(entry => entry.Value.IsCompleted).Select(entry => entry.Key).ToList())
            {
                _latest.Remove(finished);
            }
        }

        var task = RunAfterAsync(_latest.GetValueOrDefault(partition) ?? Task.CompletedTask, append);
        _latest[partition] = task;
        return task;
    }

    private static async Task<T> RunAfterAsync<T>(Task previous, Func<Task<T>> append)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return await append();
    }
}
