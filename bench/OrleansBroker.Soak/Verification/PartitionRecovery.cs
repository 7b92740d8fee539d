using System.Diagnostics;

namespace OrleansBroker.Soak.Verification;

/// <summary>
/// Time-to-recover after a fault: from the fault (<see cref="Start"/>) until each partition acknowledges a record that
/// was sent after it. Records sent before the fault and acknowledged after it do not count: they may have been stored
/// before the fault and only answered late. Thread-safe: every producer reports into one clock.
/// </summary>
public sealed class PartitionRecovery(int partitions)
{
    private readonly Lock _lock = new();
    private readonly TimeSpan?[] _recovered = new TimeSpan?[partitions];
    private long _fault = long.MaxValue;
    private TaskCompletionSource _allRecovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Marks the fault now; earlier measurements are forgotten.</summary>
    public void Start()
    {
        lock (_lock)
        {
            Array.Clear(_recovered);
            _allRecovered = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _fault = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Notes that <paramref name="partition"/> acknowledged, just now, a record sent at <paramref name="sent"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void Acknowledged(int partition, long sent)
    {
        lock (_lock)
        {
            if (sent < _fault || _recovered[partition] is not null)
            {
                return;
            }

            _recovered[partition] = Stopwatch.GetElapsedTime(_fault);
            if (_recovered.All(recovered => recovered is not null))
            {
                _allRecovered.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Waits until every partition has recovered or <paramref name="timeout"/> passes; returns each partition's time to
    /// recover, null for one that had not.
    /// </summary>
    public async Task<IReadOnlyList<TimeSpan?>> WaitAsync(TimeSpan timeout)
    {
        Task all;
        lock (_lock)
        {
            all = _allRecovered.Task;
        }

        await all.WaitAsync(timeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        lock (_lock)
        {
            return [.. _recovered];
        }
    }
}
