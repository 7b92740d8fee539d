using System.Collections.Concurrent;
using Orleans.Runtime.Messaging;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A partition grain whose appends follow a script, one step per call, and store every batch once the script is done.
/// It keeps a copy of every batch it is sent and, as the broker does, stores an idempotent producer's batch only once,
/// answering a copy with the original offset. Offsets start at 41.
/// </summary>
internal sealed class ScriptedPartition(params ScriptedPartition.Step[] script) : IPartitionGrain
{
    private readonly Dictionary<(long, short, int), long> _stored = [];
    private int _calls;
    private long _nextOffset = 41;

    /// <summary>One scripted answer to an append.</summary>
    public delegate Task<ProduceResponse> Step(ScriptedPartition partition, byte[] batch);

    /// <summary>The call does not leave the client (its gateway is gone): nothing is stored.</summary>
    public static Step Unsent { get; } = (_, _) => Task.FromException<ProduceResponse>(new ConnectionFailedException("Unable to connect to endpoint S127.0.0.1:1:0."));

    /// <summary>The batch is stored and acknowledged, as after the script.</summary>
    public static Step Accepted { get; } = (partition, batch) => Task.FromResult(partition.Store(batch));

    /// <summary>Every batch sent, as sent, in order.</summary>
    public ConcurrentQueue<byte[]> Sent { get; } = new();

    /// <summary>How many batches were stored (copies of stored batches not counted).</summary>
    public int Stored { get; private set; }

    /// <summary>The batch is stored, then <paramref name="lost"/> reaches the client instead of the answer.</summary>
    public static Step AnswerLost(Exception lost) => (partition, batch) =>
    {
        partition.Store(batch);
        return Task.FromException<ProduceResponse>(lost);
    };

    /// <summary>The broker refuses the batch with <paramref name="code"/>: nothing is stored.</summary>
    public static Step Refused(ErrorCode code) => (_, _) => Task.FromException<ProduceResponse>(new BrokerException(code, $"Refused with {code}."));

    /// <summary>Waits for <paramref name="gate"/>, then does <paramref name="step"/>.</summary>
    public static Step After(Task gate, Step step) => async (partition, batch) =>
    {
        await gate;
        return await step(partition, batch);
    };

    /// <summary>The headers of the batches sent, in order.</summary>
    public List<RecordBatchHeader> SentHeaders() => [.. Sent.Select(batch => RecordBatchHeader.Read(batch))];

    public Task<ProduceResponse> AppendAsync(byte[] batch)
    {
        Sent.Enqueue(batch.ToArray());
        var call = Interlocked.Increment(ref _calls) - 1;
        return call < script.Length ? script[call](this, batch) : Task.FromResult(Store(batch));
    }

    public Task<FetchResponse> FetchAsync(long offset, int maxBytes, TimeSpan maxWait) => throw new NotSupportedException();

    public Task<ListOffsetsResponse> ListOffsetsAsync(long timestamp) => throw new NotSupportedException();

    public Task<PartitionState> GetStateAsync() => throw new NotSupportedException();

    public Task<long> DeleteRecordsBeforeAsync(long offset) => throw new NotSupportedException();

    public Task ReconfigureAsync(TopicMetadata metadata) => throw new NotSupportedException();

    public Task DeleteDataAsync() => throw new NotSupportedException();

    private ProduceResponse Store(byte[] batch)
    {
        var header = RecordBatchHeader.Read(batch);
        var key = (header.ProducerId, header.ProducerEpoch, header.BaseSequence);
        lock (_stored)
        {
            if (!header.HasProducerId || !_stored.TryGetValue(key, out var offset))
            {
                offset = _nextOffset;
                _nextOffset += header.RecordCount;
                Stored++;
                _stored.TryAdd(key, offset);
            }

            return new ProduceResponse(offset, -1, 0);
        }
    }
}
