using System.CommandLine;
using OrleansBroker.Cli.Arguments;

namespace OrleansBroker.Cli.Commands;

/// <summary>
/// <c>obk topics</c>, as kafka-topics: exactly one of --create, --list, --describe, --delete or --alter, with the
/// options that action takes. What each action does is in <c>TopicsCommand.Actions.cs</c>.
/// </summary>
internal sealed partial class TopicsCommand : BrokerCommand<TopicsArguments>
{
    private readonly Option<string> _topic = new("--topic") { Description = "The topic to create, alter, describe or delete." };
    private readonly Option<bool> _create = new("--create") { Description = "Create a new topic." };
    private readonly Option<bool> _list = new("--list") { Description = "List all topics." };
    private readonly Option<bool> _describe = new("--describe") { Description = "Describe the topic, or every topic without --topic." };
    private readonly Option<bool> _delete = new("--delete") { Description = "Delete the topic and its records." };
    private readonly Option<bool> _alter = new("--alter") { Description = "Add partitions to the topic or change its configs." };
    private readonly Option<int?> _partitions = NumberOption.Create<int>("--partitions", "Partitions of the new topic, or the new total with --alter.");
    private readonly Option<short?> _replicationFactor = NumberOption.Create<short>("--replication-factor", "Replication factor of the new topic.");
    private readonly Option<string[]> _config = new("--config") { Description = "A topic config to set, as name=value (repeatable)." };
    private readonly Option<string[]> _deleteConfig = new("--delete-config") { Description = "A topic config to remove with --alter (repeatable)." };
    private readonly Option<bool> _ifNotExists = new("--if-not-exists") { Description = "With --create: do nothing if the topic exists." };

    public TopicsCommand()
        : base("topics", "Create, delete, describe, list or change topics (kafka-topics).")
    {
        Options.Add(_topic);
        Options.Add(_create);
        Options.Add(_list);
        Options.Add(_describe);
        Options.Add(_delete);
        Options.Add(_alter);
        Options.Add(_partitions);
        Options.Add(_replicationFactor);
        Options.Add(_config);
        Options.Add(_deleteConfig);
        Options.Add(_ifNotExists);
    }

    protected override TopicsArguments Bind(ParseResult parseResult)
    {
        var actions = new[] { (_create, TopicAction.Create), (_list, TopicAction.List), (_describe, TopicAction.Describe), (_delete, TopicAction.Delete), (_alter, TopicAction.Alter) }
            .Where(pair => parseResult.GetValue(pair.Item1))
            .Select(pair => pair.Item2)
            .ToList();
        if (actions.Count != 1)
        {
            throw new UsageException("Command must include exactly one action: --list, --describe, --create, --alter or --delete.");
        }

        var arguments = new TopicsArguments(
            actions[0],
            parseResult.GetValue(_topic),
            parseResult.GetValue(_partitions),
            parseResult.GetValue(_replicationFactor),
            KeyValueArguments.Parse(parseResult.GetValue(_config), "--config"),
            parseResult.GetValue(_deleteConfig) ?? [],
            parseResult.GetValue(_ifNotExists));
        Check(arguments);
        return arguments;
    }

    private static void Check(TopicsArguments arguments)
    {
        var action = arguments.Action;
        if (arguments.Topic is null && action is TopicAction.Create or TopicAction.Alter or TopicAction.Delete)
        {
            throw new UsageException($"Option --topic is required with {Flag(action)}.");
        }

        OnlyWith(arguments.Partitions is not null, "--partitions", action, TopicAction.Create, TopicAction.Alter);
        OnlyWith(arguments.Configs.Count > 0, "--config", action, TopicAction.Create, TopicAction.Alter);
        OnlyWith(arguments.ReplicationFactor is not null, "--replication-factor", action, TopicAction.Create);
        OnlyWith(arguments.IfNotExists, "--if-not-exists", action, TopicAction.Create);
        OnlyWith(arguments.DeleteConfigs.Count > 0, "--delete-config", action, TopicAction.Alter);
        if (action == TopicAction.Alter && arguments is { Partitions: null, Configs.Count: 0, DeleteConfigs.Count: 0 })
        {
            throw new UsageException("Option --alter needs --partitions, --config or --delete-config.");
        }
    }

    private static void OnlyWith(bool given, string option, TopicAction action, params TopicAction[] allowed)
    {
        if (given && !allowed.Contains(action))
        {
            throw new UsageException($"Option {option} is only valid with {string.Join(" or ", allowed.Select(Flag))}.");
        }
    }

    private static string Flag(TopicAction action) => "--" + action.ToString().ToLowerInvariant();
}
