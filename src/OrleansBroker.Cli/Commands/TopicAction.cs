namespace OrleansBroker.Cli.Commands;

/// <summary>The one thing <c>obk topics</c> is asked to do.</summary>
internal enum TopicAction
{
    /// <summary>--create</summary>
    Create,

    /// <summary>--list</summary>
    List,

    /// <summary>--describe</summary>
    Describe,

    /// <summary>--delete</summary>
    Delete,

    /// <summary>--alter</summary>
    Alter,
}
