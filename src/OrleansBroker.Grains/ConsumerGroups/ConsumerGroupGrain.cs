using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.ConsumerGroups;
using OrleansBroker.Grains.ConsumerGroups.Membership;
using OrleansBroker.Grains.ConsumerGroups.Offsets;
using OrleansBroker.Grains.Telemetry;

namespace OrleansBroker.Grains.ConsumerGroups;

/// <summary>
/// A consumer group: <see cref="GroupMembership"/> (who is in it and what each member is assigned) and
/// <see cref="GroupOffsets"/> (where it has got to), wired to Orleans. Reentrant, because joins and syncs wait
/// for the rebalance while other members' calls must go on; a timer drives session and rebalance timeouts, and
/// another publishes the group's lag (high watermark minus committed offset) to <see cref="BrokerMetrics"/>.
/// </summary>
[Reentrant]
public sealed class ConsumerGroupGrain(
    [PersistentState("offsets", BrokerStorage.ProviderName)] IPersistentState<GroupOffsetsState> offsetState,
    IOptions<BrokerOptions> options,
    TimeProvider time,
    BrokerMetrics metrics)
    : Grain, IConsumerGroupGrain
{
    private static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(100);
    private readonly BrokerOptions _options = options.Value;
    private readonly GroupOffsets _offsets = new(offsetState);
    private GroupMembership _membership = null!;
    private long _emptySince;
    private bool _registered;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _membership = new GroupMembership(
            new GroupMembershipOptions(_options.GroupInitialRebalanceDelayMs, _options.GroupMinSessionTimeoutMs, _options.GroupMaxSessionTimeoutMs),
            time);
        _emptySince = Now;
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TickInterval, TickInterval) { Interleave = true, KeepAlive = false });
        var lagInterval = TimeSpan.FromMilliseconds(_options.ConsumerLagIntervalMs);
        this.RegisterGrainTimer(PublishLagAsync, new GrainTimerCreationOptions(lagInterval, lagInterval) { Interleave = true, KeepAlive = false });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        metrics.RemoveLag(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <inheritdoc />
    public async Task<JoinGroupResponse> JoinGroupAsync(JoinGroupRequest request)
    {
        await RegisterAsync();
        return await _membership.JoinAsync(request);
    }

    /// <inheritdoc />
    public Task<SyncGroupResponse> SyncGroupAsync(SyncGroupRequest request) => _membership.SyncAsync(request);

    /// <inheritdoc />
    public Task<ErrorCode> HeartbeatAsync(string memberId, string? groupInstanceId, int generationId) =>
        Task.FromResult(_membership.Heartbeat(memberId, groupInstanceId, generationId));

    /// <inheritdoc />
    public Task<ErrorCode> LeaveGroupAsync(string memberId, string? groupInstanceId) =>
        Task.FromResult(_membership.Leave(memberId, groupInstanceId));

    /// <inheritdoc />
    public async Task<ErrorCode> CommitOffsetsAsync(OffsetCommitRequest request)
    {
        var error = _membership.CheckCommit(request.MemberId, request.GroupInstanceId, request.GenerationId);
        if (error != ErrorCode.None)
        {
            return error;
        }

        await RegisterAsync();
        await _offsets.CommitAsync(request.Offsets, Now);
        return ErrorCode.None;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CommittedOffset>> FetchOffsetsAsync(IReadOnlyList<TopicPartition>? partitions) =>
        Task.FromResult(_offsets.Fetch(partitions));

    /// <inheritdoc />
    public Task<GroupDescription> DescribeAsync()
    {
        var state = _membership.IsEmpty && _offsets.IsEmpty ? GroupState.Dead : _membership.State;
        var members = _membership.Members
            .Select(member => new GroupMemberDescription(member.MemberId, member.GroupInstanceId, member.ClientId, member.ClientHost, _membership.ProtocolName is { } protocol && member.Supports(protocol) ? member.MetadataFor(protocol) : [], member.Assignment))
            .ToList();
        return Task.FromResult(new GroupDescription(
            this.GetPrimaryKeyString(), state, _membership.GenerationId, _membership.ProtocolType ?? "", _membership.ProtocolName ?? "", _membership.LeaderId ?? "", members));
    }

    /// <inheritdoc />
    public async Task<ErrorCode> DeleteAsync()
    {
        if (!_membership.IsEmpty)
        {
            return ErrorCode.NonEmptyGroup;
        }

        if (_offsets.IsEmpty && !await IsRegisteredAsync())
        {
            return ErrorCode.GroupIdNotFound;
        }

        await _offsets.ClearAsync();
        metrics.RemoveLag(this.GetPrimaryKeyString());
        await Registry.RemoveAsync(this.GetPrimaryKeyString());
        _registered = false;
        return ErrorCode.None;
    }

    private IConsumerGroupRegistryGrain Registry => GrainFactory.GetGrain<IConsumerGroupRegistryGrain>(IConsumerGroupRegistryGrain.Key);

    private async Task RegisterAsync()
    {
        if (!_registered)
        {
            await Registry.AddAsync(this.GetPrimaryKeyString());
            _registered = true;
        }
    }

    private async Task<bool> IsRegisteredAsync() => _registered || (await Registry.ListAsync()).Contains(this.GetPrimaryKeyString());

    /// <summary>Drives timeouts, and expires the offsets of a group that has stayed empty past offsets.retention.minutes.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        _membership.Tick();
        if (!_membership.IsEmpty)
        {
            _emptySince = Now;
            return;
        }

        if (_offsets.HaveExpired(Now, _emptySince, TimeSpan.FromMinutes(_options.OffsetsRetentionMinutes)))
        {
            await _offsets.ClearAsync();
            metrics.RemoveLag(this.GetPrimaryKeyString());
        }
    }

    /// <summary>Publishes the group's lag, so the gauge follows the partitions' high watermarks between commits.</summary>
    private async Task PublishLagAsync(CancellationToken cancellationToken)
    {
        var highWatermarks = await GroupLag.HighWatermarksAsync(GrainFactory, _offsets.Fetch(null).Select(offset => offset.Partition));

        // Against the offsets as they are now, in the same turn: a commit, delete or expiry may have come meanwhile.
        metrics.PublishLag(this.GetPrimaryKeyString(), GroupLag.Of(highWatermarks, _offsets.Fetch(null)));
    }
}
