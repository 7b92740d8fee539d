namespace OrleansBroker.Frontend.Records;

/// <summary>How a live tail is streamed to a browser; configuration section <see cref="Section"/>.</summary>
public sealed class TailOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Frontend:Tail";

    /// <summary>How often a quiet stream sends a comment, so proxies and browsers keep the connection open. Default 15 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);
}
