namespace OrleansBroker.Cli.Commands;

/// <summary>The one thing <c>obk consumer-groups</c> is asked to do.</summary>
internal enum ConsumerGroupAction
{
    /// <summary>--list</summary>
    List,

    /// <summary>--describe</summary>
    Describe,

    /// <summary>--reset-offsets</summary>
    ResetOffsets,

    /// <summary>--delete</summary>
    Delete,
}
