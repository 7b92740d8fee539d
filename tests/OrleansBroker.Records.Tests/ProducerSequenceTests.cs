namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks idempotent sequence arithmetic against Kafka's: sequences count up and wrap from int.MaxValue to 0, and a
/// batch's last sequence is its base sequence advanced by its last offset delta, wrapping the same way.
/// </summary>
public sealed class ProducerSequenceTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(5, 10, 15)]
    [InlineData(int.MaxValue - 1, 1, int.MaxValue)]
    [InlineData(int.MaxValue, 1, 0)]
    [InlineData(int.MaxValue - 2, 5, 2)]
    public void Increment_Sequence_WrapsPastIntMaxValueToZero(int sequence, int increment, int expected) =>
        Assert.Equal(expected, ProducerSequence.Increment(sequence, increment));

    [Theory]
    [InlineData(-1, 4, -1)]
    [InlineData(0, 0, 0)]
    [InlineData(10, 4, 14)]
    [InlineData(int.MaxValue, 2, 1)]
    public void LastSequence_BaseSequenceAndDelta_CountsTheBatchsRecords(int baseSequence, int lastOffsetDelta, int expected) =>
        Assert.Equal(expected, new RecordBatchHeader { BaseSequence = baseSequence, LastOffsetDelta = lastOffsetDelta }.LastSequence);
}
