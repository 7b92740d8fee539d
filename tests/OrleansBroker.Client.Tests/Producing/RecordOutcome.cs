using System.Diagnostics.CodeAnalysis;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>A produced record's completion as a task: its offset once delivered, or the error it failed with.</summary>
internal sealed class RecordOutcome : RecordCompletion
{
    private readonly TaskCompletionSource<long> _offset = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [SetsRequiredMembers]
    public RecordOutcome()
    {
        Size = 2;
        Timestamp = 0;
    }

    /// <summary>The offset the record was stored at; fails with its error.</summary>
    public Task<long> Offset => _offset.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

    public override void Delivered(string topic, int partition, long offset, long timestamp) => _offset.TrySetResult(offset);

    public override void Failed(BrokerException error) => _offset.TrySetException(error);
}
