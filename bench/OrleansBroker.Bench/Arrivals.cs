namespace OrleansBroker.Bench;

/// <summary>
/// What a run's consumers read, checked record by record: each producer's records must arrive exactly once, and within
/// a partition in the order that producer sent them. A lost, duplicated or reordered record fails the run.
/// Thread-safe for consumers that each read their own partitions.
/// </summary>
internal sealed class Arrivals
{
    private readonly int _recordBytes;
    private readonly long _expected;
    private readonly int[][] _seen;
    private readonly long[,] _lastSequence;
    private readonly long[] _perPartition;
    private readonly CancellationTokenSource _allArrived = new();
    private readonly Action<ReadOnlySpan<byte>>? _onArrival;
    private long _arrived;

    /// <param name="workload">The run whose records are expected.</param>
    /// <param name="arrived">Given each record's value as soon as it is checked, e.g. to time its trip.</param>
    public Arrivals(Workload workload, Action<ReadOnlySpan<byte>>? arrived = null)
    {
        _onArrival = arrived;
        _recordBytes = workload.RecordBytes;
        _expected = workload.Records;
        _seen = [.. Enumerable.Range(0, workload.Producers).Select(producer => new int[workload.RecordsOf(producer)])];
        _lastSequence = new long[workload.Partitions, workload.Producers];
        _perPartition = new long[workload.Partitions];
        for (var partition = 0; partition < workload.Partitions; partition++)
        {
            for (var producer = 0; producer < workload.Producers; producer++)
            {
                _lastSequence[partition, producer] = -1;
            }
        }
    }

    /// <summary>Records checked so far.</summary>
    public long Count => Interlocked.Read(ref _arrived);

    /// <summary>Cancelled once every record has arrived: consumers stop reading.</summary>
    public CancellationToken AllArrived => _allArrived.Token;

    /// <summary>True once every record has arrived.</summary>
    public bool Done => _allArrived.IsCancellationRequested;

    /// <summary>Records checked per partition, e.g. "0: 1,000, 1: 998", for a stalled run's failure message.</summary>
    public string PerPartition() => string.Join(", ", _perPartition.Select((count, partition) => FormattableString.Invariant($"{partition}: {count:N0}")));

    /// <summary>Checks one record read from <paramref name="partition"/>; throws if it was seen before or came out of order.</summary>
    public void Add(int partition, ReadOnlySpan<byte> value)
    {
        var (producer, sequence) = BenchRecords.Read(value, _recordBytes);
        if ((uint)producer >= (uint)_seen.Length || (ulong)sequence >= (ulong)_seen[producer].Length)
        {
            throw new InvalidOperationException($"Partition {partition} returned record {sequence} of producer {producer}, which was never sent.");
        }

        if (sequence <= _lastSequence[partition, producer])
        {
            throw new InvalidOperationException($"Partition {partition} returned record {sequence} of producer {producer} after record {_lastSequence[partition, producer]}: out of order or duplicated.");
        }

        _lastSequence[partition, producer] = sequence;
        _perPartition[partition]++;
        if (Interlocked.Exchange(ref _seen[producer][sequence], 1) != 0)
        {
            throw new InvalidOperationException($"Record {sequence} of producer {producer} arrived twice.");
        }

        _onArrival?.Invoke(value);

        if (Interlocked.Increment(ref _arrived) == _expected)
        {
            _allArrived.Cancel();
        }
    }
}
