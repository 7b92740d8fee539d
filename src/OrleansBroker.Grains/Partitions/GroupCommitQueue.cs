namespace OrleansBroker.Grains.Partitions;

/// <summary>
/// Queues items and writes them in groups: while one group is being written, newly queued items wait and go out
/// together in the next write. Not thread-safe: it lives on a grain's single-threaded scheduler.
/// </summary>
internal sealed class GroupCommitQueue<TItem, TResult>(Func<TItem[], Task<TResult[]>> writeGroup)
{
    private readonly List<(TItem Item, TaskCompletionSource<TResult> Completion)> _pending = [];
    private Task _writer = Task.CompletedTask;

    /// <summary>Completes when every item queued so far has been written (or has failed).</summary>
    public Task Drained => _writer;

    /// <summary>Queues an item; the task completes with its result once its group has been written.</summary>
    public Task<TResult> Enqueue(TItem item)
    {
        var completion = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending.Add((item, completion));

        // A writer that has completed (even synchronously, when the write itself did) will not look at the queue
        // again; one that has not will, because nothing runs between its last look and its completion.
        if (_writer.IsCompleted)
        {
            _writer = WriteGroupsAsync();
        }

        return completion.Task;
    }

    private async Task WriteGroupsAsync()
    {
        while (_pending.Count > 0)
        {
            var group = _pending.ToArray();
            _pending.Clear();
            try
            {
                var results = await writeGroup(Array.ConvertAll(group, pending => pending.Item));
                for (var i = 0; i < group.Length; i++)
                {
                    group[i].Completion.SetResult(results[i]);
                }
            }
            catch (Exception e)
            {
                Array.ForEach(group, pending => pending.Completion.TrySetException(e));
            }
        }
    }
}
