using System.Runtime.CompilerServices;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Reading;
using OrleansBroker.Records;

namespace OrleansBroker.Frontend.Records;

/// <summary>
/// A tail of a topic opened by <see cref="TopicTail"/>: every partition's position was fixed when it was opened, so
/// it yields exactly the records produced since, as they arrive. Each partition is long-polled on its own; when
/// several have records, they take turns, so a busy partition cannot hold the others back. Partitions added after
/// opening are not followed.
/// </summary>
public sealed class TailCursor(PartitionReader reader, IReadOnlyList<TopicPartitionOffset> start)
{
    /// <summary>Records taken from one partition before the others get their turn.</summary>
    private const int RecordsPerTurn = 100;

    /// <summary>How long one poll waits at a partition's end; a new poll follows at once.</summary>
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(5);

    /// <summary>Pause before polling again after a failure that is not the broker's answer (a silo failing over).</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Where each partition's tail starts: its log end when the tail was opened.</summary>
    public IReadOnlyList<TopicPartitionOffset> Start => start;

    /// <summary>
    /// The records, in offset order within each partition, until <paramref name="cancellationToken"/> is cancelled
    /// (an <see cref="OperationCanceledException"/>) or the broker refuses a poll (its <see cref="BrokerException"/>,
    /// e.g. the topic was deleted).
    /// </summary>
    public async IAsyncEnumerable<ConsumeResult<byte[], byte[]>> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var polls = start.Select(position => PollAsync(position.TopicPartition, position.Offset.Value, cancellationToken)).ToList();
        while (true)
        {
            // WhenAny picks the first finished poll in list order, and a served partition goes to the back: turns.
            var finished = await Task.WhenAny(polls);
            polls.Remove(finished);
            var read = await finished;
            foreach (var record in read.Records)
            {
                yield return record;
            }

            polls.Add(PollAsync(read.Partition, read.NextOffset, cancellationToken));
        }
    }

    private async Task<PartitionRecords> PollAsync(TopicPartition partition, long offset, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await reader.ReadAsync(partition, offset, RecordsPerTurn, PollWait, cancellationToken);
            }
            catch (Exception e) when (e is not BrokerException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }
}
