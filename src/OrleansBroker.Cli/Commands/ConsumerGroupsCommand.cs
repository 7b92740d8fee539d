using System.CommandLine;
using System.Globalization;
using OrleansBroker.Cli.Arguments;
using OrleansBroker.Client.Admin;

namespace OrleansBroker.Cli.Commands;

/// <summary>
/// <c>obk consumer-groups</c>, as kafka-consumer-groups: exactly one of --list, --describe, --reset-offsets or
/// --delete, with the options that action takes. What each action does is in <c>ConsumerGroupsCommand.Actions.cs</c>.
/// </summary>
internal sealed partial class ConsumerGroupsCommand : BrokerCommand<ConsumerGroupsArguments>
{
    private readonly Option<bool> _list = new("--list") { Description = "List all consumer groups." };
    private readonly Option<bool> _describe = new("--describe") { Description = "Describe the group: its partitions' offsets and lag, or --members, or --state." };
    private readonly Option<bool> _resetOffsets = new("--reset-offsets") { Description = "Reset the group's committed offsets (the group must be inactive)." };
    private readonly Option<bool> _delete = new("--delete") { Description = "Delete the group and its committed offsets (the group must be inactive)." };
    private readonly Option<string> _group = new("--group") { Description = "The consumer group." };
    private readonly Option<bool> _members = new("--members") { Description = "With --describe: list the group's members." };
    private readonly Option<bool> _state = new("--state") { Description = "With --describe: show the group's state." };
    private readonly Option<string> _topic = new("--topic") { Description = "With --reset-offsets: reset every partition of this topic." };
    private readonly Option<bool> _allTopics = new("--all-topics") { Description = "With --reset-offsets: reset every partition the group has an offset for." };
    private readonly Option<bool> _toEarliest = new("--to-earliest") { Description = "Reset to the earliest offset." };
    private readonly Option<bool> _toLatest = new("--to-latest") { Description = "Reset to the latest offset." };
    private readonly Option<long?> _toOffset = NumberOption.Create<long>("--to-offset", "Reset to this offset.");
    private readonly Option<long?> _shiftBy = NumberOption.Create<long>("--shift-by", "Shift the committed offset by this many (negative to go back).");
    private readonly Option<string> _toDatetime = new("--to-datetime") { Description = "Reset to the first offset at or after this time (ISO-8601, e.g. 2024-01-31T12:00:00.000Z)." };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "With --reset-offsets: only print the new offsets (the default)." };
    private readonly Option<bool> _execute = new("--execute") { Description = "With --reset-offsets: commit the new offsets." };

    public ConsumerGroupsCommand()
        : base("consumer-groups", "List, describe, reset the offsets of or delete consumer groups (kafka-consumer-groups).")
    {
        Options.Add(_list);
        Options.Add(_describe);
        Options.Add(_resetOffsets);
        Options.Add(_delete);
        Options.Add(_group);
        Options.Add(_members);
        Options.Add(_state);
        Options.Add(_topic);
        Options.Add(_allTopics);
        Options.Add(_toEarliest);
        Options.Add(_toLatest);
        Options.Add(_toOffset);
        Options.Add(_shiftBy);
        Options.Add(_toDatetime);
        Options.Add(_dryRun);
        Options.Add(_execute);
    }

    protected override ConsumerGroupsArguments Bind(ParseResult parseResult)
    {
        var actions = new[]
            {
                (_list, ConsumerGroupAction.List), (_describe, ConsumerGroupAction.Describe),
                (_resetOffsets, ConsumerGroupAction.ResetOffsets), (_delete, ConsumerGroupAction.Delete),
            }
            .Where(pair => parseResult.GetValue(pair.Item1))
            .Select(pair => pair.Item2)
            .ToList();
        Require(actions.Count == 1, "Command must include exactly one action: --list, --describe, --delete or --reset-offsets.");
        var action = actions[0];
        var group = parseResult.GetValue(_group);
        Require(group is not null || action == ConsumerGroupAction.List, $"Option --group is required with {Flag(action)}.");
        OnlyWith(group is not null, "--group", action, ConsumerGroupAction.Describe, ConsumerGroupAction.ResetOffsets, ConsumerGroupAction.Delete);

        var members = parseResult.GetValue(_members);
        var state = parseResult.GetValue(_state);
        OnlyWith(members, "--members", action, ConsumerGroupAction.Describe);
        OnlyWith(state, "--state", action, ConsumerGroupAction.Describe);
        Require(!(members && state), "Options --members and --state cannot be used together.");

        var topic = parseResult.GetValue(_topic);
        var allTopics = parseResult.GetValue(_allTopics);
        var dryRun = parseResult.GetValue(_dryRun);
        var execute = parseResult.GetValue(_execute);
        OnlyWith(topic is not null, "--topic", action, ConsumerGroupAction.ResetOffsets);
        OnlyWith(allTopics, "--all-topics", action, ConsumerGroupAction.ResetOffsets);
        OnlyWith(dryRun, "--dry-run", action, ConsumerGroupAction.ResetOffsets);
        OnlyWith(execute, "--execute", action, ConsumerGroupAction.ResetOffsets);
        var reset = BindReset(parseResult, action);
        if (action == ConsumerGroupAction.ResetOffsets)
        {
            Require((topic is not null) != allTopics, "Option --reset-offsets needs exactly one scope: --topic or --all-topics.");
            Require(!(dryRun && execute), "Options --dry-run and --execute cannot be used together.");
        }

        return new ConsumerGroupsArguments(
            action,
            group,
            members ? ConsumerGroupView.Members : state ? ConsumerGroupView.State : ConsumerGroupView.Offsets,
            topic,
            reset,
            execute);
    }

    private OffsetReset? BindReset(ParseResult parseResult, ConsumerGroupAction action)
    {
        var toOffset = parseResult.GetValue(_toOffset);
        var shiftBy = parseResult.GetValue(_shiftBy);
        var toDatetime = parseResult.GetValue(_toDatetime);
        var given = new List<(string Option, Func<OffsetReset> Reset)>();
        if (parseResult.GetValue(_toEarliest))
        {
            given.Add(("--to-earliest", () => Reset(OffsetResetKind.ToEarliest, 0)));
        }

        if (parseResult.GetValue(_toLatest))
        {
            given.Add(("--to-latest", () => Reset(OffsetResetKind.ToLatest, 0)));
        }

        if (toOffset is { } offset)
        {
            given.Add(("--to-offset", () => Reset(OffsetResetKind.ToOffset, offset)));
        }

        if (shiftBy is { } shift)
        {
            given.Add(("--shift-by", () => Reset(OffsetResetKind.ShiftBy, shift)));
        }

        if (toDatetime is not null)
        {
            given.Add(("--to-datetime", () => Reset(OffsetResetKind.ToDatetime, ParseDatetime(toDatetime))));
        }

        if (action != ConsumerGroupAction.ResetOffsets)
        {
            Require(given.Count == 0, $"Option {(given.Count > 0 ? given[0].Option : "")} is only valid with --reset-offsets.");
            return null;
        }

        Require(given.Count == 1, "Option --reset-offsets needs exactly one of --to-earliest, --to-latest, --to-offset, --shift-by or --to-datetime.");
        return given[0].Reset();
    }

    /// <summary>The SDK's checked reset; what it refuses is a usage error.</summary>
    private static OffsetReset Reset(OffsetResetKind kind, long value)
    {
        try
        {
            return new OffsetReset(kind, value);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static long ParseDatetime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var time)
            ? time.ToUnixTimeMilliseconds()
            : throw new UsageException($"Invalid --to-datetime '{text}': expected an ISO-8601 time such as 2024-01-31T12:00:00.000Z.");

    private static void OnlyWith(bool given, string option, ConsumerGroupAction action, params ConsumerGroupAction[] allowed) =>
        Require(!given || allowed.Contains(action), $"Option {option} is only valid with {string.Join(" or ", allowed.Select(Flag))}.");

    private static string Flag(ConsumerGroupAction action) => action switch
    {
        ConsumerGroupAction.ResetOffsets => "--reset-offsets",
        _ => "--" + action.ToString().ToLowerInvariant(),
    };

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new UsageException(message);
        }
    }
}
