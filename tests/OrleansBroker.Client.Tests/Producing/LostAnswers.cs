using System.Collections.Concurrent;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A silo-side grain call filter that loses answers: an append to an armed partition runs (the batch is stored), then
/// the caller gets the armed exception instead of the answer, as when a response times out or the silo fails between
/// storing and acknowledging. Each arming loses one answer.
/// </summary>
public sealed class LostAnswers : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> _armed = new(StringComparer.Ordinal);

    /// <summary>What the caller gets instead of the answer: a response timeout, or the silo failing mid-call.</summary>
    public static Exception Fault(bool siloFailed) =>
        siloFailed ? new SiloUnavailableException("The silo hosting the partition failed.") : new TimeoutException("Response did not arrive on time.");

    /// <summary>Makes the next append to <paramref name="partition"/> lose its answer to <paramref name="lost"/>.</summary>
    public void Arm(TopicPartition partition, Exception lost) =>
        _armed.GetOrAdd(partition.ToGrainKey(), _ => new ConcurrentQueue<Exception>()).Enqueue(lost);

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.InterfaceMethod.Name == nameof(IPartitionGrain.AppendAsync)
            && _armed.TryGetValue(context.TargetId.Key.ToString()!, out var losses)
            && losses.TryDequeue(out var lost))
        {
            throw lost;
        }
    }
}
