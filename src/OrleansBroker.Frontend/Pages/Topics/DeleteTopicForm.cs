namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>The delete-topic form: the topic's name typed again, as the confirmation (no script needed).</summary>
public sealed class DeleteTopicForm
{
    /// <summary>What the user typed; must be the topic's name.</summary>
    public string? ConfirmName { get; set; }
}
