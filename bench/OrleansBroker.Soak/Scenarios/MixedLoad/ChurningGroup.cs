namespace OrleansBroker.Soak.Scenarios.MixedLoad;

/// <summary>
/// A consumer group whose membership keeps changing: every churn interval the longest-standing member leaves and a
/// new one joins, so the group rebalances again and again while the load runs.
/// </summary>
internal sealed class ChurningGroup(Func<int, GroupMember> join, int size, TimeSpan churnInterval)
{
    private readonly Queue<GroupMember> _members = new();
    private int _joined;

    /// <summary>Members that left and were replaced so far.</summary>
    public int Churns { get; private set; }

    /// <summary>Starts the group's members.</summary>
    public void Start()
    {
        for (var i = 0; i < size; i++)
        {
            _members.Enqueue(join(_joined++));
        }
    }

    /// <summary>Replaces one member every churn interval until <paramref name="stop"/> is cancelled.</summary>
    public async Task ChurnAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(churnInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await _members.Dequeue().LeaveAsync();
                _members.Enqueue(join(_joined++));
                Churns++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Every member leaves.</summary>
    public async Task StopAsync()
    {
        while (_members.TryDequeue(out var member))
        {
            await member.LeaveAsync();
        }
    }
}
