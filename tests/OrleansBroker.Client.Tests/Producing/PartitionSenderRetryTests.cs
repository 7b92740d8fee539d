using Orleans.Runtime.Messaging;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>
/// A batch whose call could not leave the client (its gateway had just died, as in a failover) is sent again and
/// delivered once; one that keeps failing that way fails its records after a bounded number of attempts.
/// </summary>
public sealed class PartitionSenderRetryTests
{
    [Fact]
    public async Task Send_GatewayGoneOnce_RetriesAndDeliversOnce()
    {
        var grain = new FlakyPartition(failures: 1);
        var completion = new Outcome { Size = 2, Timestamp = 0 };

        await SendOneAsync(grain, completion);

        Assert.Equal((2, 1), (grain.Calls, grain.Appended));
        Assert.Equal(("t", 0, 41L), await completion.Delivery.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Send_GatewayNeverReachable_FailsAfterFiveAttempts()
    {
        var grain = new FlakyPartition(failures: int.MaxValue);
        var completion = new Outcome { Size = 2, Timestamp = 0 };

        await SendOneAsync(grain, completion);

        var error = await Assert.ThrowsAsync<BrokerException>(() => completion.Delivery.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal((5, 0), (grain.Calls, grain.Appended));
        Assert.IsType<ConnectionFailedException>(error.InnerException);
    }

    private static async Task SendOneAsync(IPartitionGrain grain, RecordCompletion completion)
    {
        var sender = new PartitionSender(new TopicPartition("t", 0), grain, new ProducerConfig(), new BufferGate(1 << 20), _ => { });
        sender.Add([1], [2], [], completion);
        await sender.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    private sealed class Outcome : RecordCompletion
    {
        public TaskCompletionSource<(string, int, long)> Delivery { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Delivered(string topic, int partition, long offset, long timestamp) => Delivery.TrySetResult((topic, partition, offset));

        public override void Failed(BrokerException error) => Delivery.TrySetException(error);
    }

    /// <summary>A partition whose first <c>failures</c> appends fail as a dead gateway does; then it stores at offset 41.</summary>
    private sealed class FlakyPartition(int failures) : IPartitionGrain
    {
        public int Calls { get; private set; }

        public int Appended { get; private set; }

        public Task<ProduceResponse> AppendAsync(byte[] batch)
        {
            if (++Calls <= failures)
            {
                return Task.FromException<ProduceResponse>(new ConnectionFailedException("Unable to connect to endpoint S127.0.0.1:1:0."));
            }

            Appended++;
            return Task.FromResult(new ProduceResponse(41, -1, 0));
        }

        public Task<FetchResponse> FetchAsync(long offset, int maxBytes, TimeSpan maxWait) => throw new NotSupportedException();

        public Task<ListOffsetsResponse> ListOffsetsAsync(long timestamp) => throw new NotSupportedException();

        public Task<PartitionState> GetStateAsync() => throw new NotSupportedException();

        public Task<long> DeleteRecordsBeforeAsync(long offset) => throw new NotSupportedException();

        public Task ReconfigureAsync(TopicMetadata metadata) => throw new NotSupportedException();

        public Task DeleteDataAsync() => throw new NotSupportedException();
    }
}
