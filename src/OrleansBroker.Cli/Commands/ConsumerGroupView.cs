namespace OrleansBroker.Cli.Commands;

/// <summary>What <c>obk consumer-groups --describe</c> shows.</summary>
internal enum ConsumerGroupView
{
    /// <summary>The default: each partition's committed offset, log end, lag and owner.</summary>
    Offsets,

    /// <summary>--members: each member and how many partitions it has.</summary>
    Members,

    /// <summary>--state: the group's assignment strategy, state and member count.</summary>
    State,
}
