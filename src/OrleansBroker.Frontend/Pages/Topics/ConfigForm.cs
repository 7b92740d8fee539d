namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>The alter-config form: one topic config to set to a value or to return to the broker's default.</summary>
public sealed class ConfigForm
{
    /// <summary>The config's name (<see cref="Abstractions.Topics.TopicConfigNames.All"/>).</summary>
    public string? Name { get; set; }

    /// <summary>The value to set; unused when resetting.</summary>
    public string? Value { get; set; }
}
