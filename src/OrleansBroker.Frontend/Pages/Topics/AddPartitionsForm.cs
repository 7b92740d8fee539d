namespace OrleansBroker.Frontend.Pages.Topics;

/// <summary>The add-partitions form: the new total partition count.</summary>
public sealed class AddPartitionsForm
{
    /// <summary>The partition count the topic should have; more than it has now.</summary>
    public int? Count { get; set; }
}
