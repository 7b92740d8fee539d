using OrleansBroker.Client.Admin;

namespace OrleansBroker.Cli.Commands;

/// <summary>The checked arguments of <c>obk consumer-groups</c>.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Group">--group; required for every action but --list.</param>
/// <param name="View">What --describe shows (--members, --state, or offsets by default).</param>
/// <param name="Topic">--topic: the topic whose partitions --reset-offsets resets; null with --all-topics.</param>
/// <param name="Reset">Where --reset-offsets moves the offsets; null for other actions.</param>
/// <param name="Execute">--execute: --reset-offsets commits the new offsets; otherwise (--dry-run) it only prints them.</param>
internal sealed record ConsumerGroupsArguments(
    ConsumerGroupAction Action,
    string? Group,
    ConsumerGroupView View,
    string? Topic,
    OffsetReset? Reset,
    bool Execute)
{
    /// <summary>The group, which this action requires.</summary>
    public string RequiredGroup => Group ?? throw new InvalidOperationException("--group was checked when binding.");

    /// <summary>The reset, which --reset-offsets requires.</summary>
    public OffsetReset RequiredReset => Reset ?? throw new InvalidOperationException("The reset option was checked when binding.");
}
