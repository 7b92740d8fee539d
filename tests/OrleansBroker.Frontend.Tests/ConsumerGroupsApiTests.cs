using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Client.Consuming;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The consumer-groups API in Development over groups made with the SDK: describe with members, committed offsets, log
/// ends and lag (active, after another commit, after the consumer closed); list; reset offsets as a dry run and executed;
/// delete; and the problems: unknown group 404, active group 409 with Kafka's words, a bad reset body 400.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class ConsumerGroupsApiTests(FrontendFixture fixture)
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Http => fixture.Frontend.Http;

    private IAdminClient Admin => field ??= fixture.Client.CreateAdminClient();

    [Fact]
    public async Task DescribeGroup_ActiveThenAnotherCommitThenClosed_ShowsMembersOffsetsAndLag()
    {
        var topic = await TopicAsync("api-lag", partitions: 2);
        await ProduceAsync(topic, 0, 5);
        await ProduceAsync(topic, 1, 3);
        var group = TestTopics.Unique("api-lag-group");
        await using (var consumer = await JoinedConsumerAsync(group, topic))
        {
            await ConsumeAsync(consumer, 8);
            await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 2), new TopicPartitionOffset(topic, 1, 3)], Cancellation);
            var member = Assert.Single((await Admin.DescribeConsumerGroupAsync(group)).Members);

            var active = await DescribeAsync(group);

            Assert.Equal((group, "Stable", "consumer", "range", 3L), (active.GroupId, active.State, active.ProtocolType, active.AssignmentStrategy, active.TotalLag));
            var shown = Assert.Single(active.Members);
            Assert.Equal((member.MemberId, "api-test-consumer", member.Host), (shown.MemberId, shown.ClientId, shown.Host));
            Assert.Equal([new AssignedPartitionResponse(topic, 0), new AssignedPartitionResponse(topic, 1)], shown.Assignment);
            Assert.Equal(
                [
                    new ConsumerGroupPartitionResponse(topic, 0, 2, 5, 3, member.MemberId, "api-test-consumer", member.Host),
                    new ConsumerGroupPartitionResponse(topic, 1, 3, 3, 0, member.MemberId, "api-test-consumer", member.Host),
                ],
                active.Partitions);

            await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 4)], Cancellation);
            var afterCommit = await DescribeAsync(group);

            Assert.Equal((4L, 1L, 1L), (afterCommit.Partitions[0].CommittedOffset, afterCommit.Partitions[0].Lag, afterCommit.TotalLag));
        }

        var closed = await DescribeAsync(group);

        Assert.Equal(("Empty", 0, 1L), (closed.State, closed.Members.Count, closed.TotalLag));
        Assert.Equal(
            [new ConsumerGroupPartitionResponse(topic, 0, 4, 5, 1, null, null, null), new ConsumerGroupPartitionResponse(topic, 1, 3, 3, 0, null, null, null)],
            closed.Partitions);
    }

    [Fact]
    public async Task ListGroups_ShowsEachGroupWithStateAndMemberCount()
    {
        var topic = await TopicAsync("api-list");
        var group = TestTopics.Unique("api-list-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 0)]);

        var groups = await Http.GetFromJsonAsync<List<ConsumerGroupSummaryResponse>>("/api/groups", Cancellation);

        Assert.Contains(new ConsumerGroupSummaryResponse(group, "Empty", 0), groups!);
    }

    [Fact]
    public async Task ResetOffsets_DryRunChangesNothing_ExecuteMovesTheCommittedOffset()
    {
        var (topic, group) = await GroupCommittedAtTwoAsync();

        using var dryRun = await Http.PostAsJsonAsync($"/api/groups/{group}/offsets/reset", new { what = "earliest" }, Cancellation);
        var planned = await dryRun.Content.ReadFromJsonAsync<ConsumerGroupOffsetResetResponse>(Cancellation);
        var afterDryRun = await Admin.ListConsumerGroupOffsetsAsync(group);
        using var executed = await Http.PostAsJsonAsync($"/api/groups/{group}/offsets/reset", new { what = "earliest", execute = true }, Cancellation);
        var committed = await executed.Content.ReadFromJsonAsync<ConsumerGroupOffsetResetResponse>(Cancellation);
        var afterExecute = await Admin.ListConsumerGroupOffsetsAsync(group);

        Assert.Equal((HttpStatusCode.OK, group, false), (dryRun.StatusCode, planned!.GroupId, planned.Executed));
        Assert.Equal([new ConsumerGroupOffsetResponse(topic, 0, 0)], planned.Offsets);
        Assert.Equal([new TopicPartitionOffset(topic, 0, 2)], afterDryRun);
        Assert.Equal((HttpStatusCode.OK, true), (executed.StatusCode, committed!.Executed));
        Assert.Equal([new ConsumerGroupOffsetResponse(topic, 0, 0)], committed.Offsets);
        Assert.Equal([new TopicPartitionOffset(topic, 0, 0)], afterExecute);
    }

    [Theory]
    [InlineData("""{ "what": "latest" }""", 4)]
    [InlineData("""{ "what": "offset", "value": 3 }""", 3)]
    [InlineData("""{ "what": "shift", "value": -1 }""", 1)]
    [InlineData("""{ "what": "timestamp", "value": 3500 }""", 3)]
    [InlineData("""{ "what": "timestamp", "value": "1970-01-01T00:00:01.500Z" }""", 1)]
    public async Task ResetOffsets_EachKindOfReset_PlansItsTarget(string body, long expected)
    {
        var (topic, group) = await GroupCommittedAtTwoAsync();

        using var response = await PostJsonAsync($"/api/groups/{group}/offsets/reset", body);
        var planned = await response.Content.ReadFromJsonAsync<ConsumerGroupOffsetResetResponse>(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([new ConsumerGroupOffsetResponse(topic, 0, expected)], planned!.Offsets);
    }

    [Theory]
    [InlineData("""{ "execute": true }""", "The field 'what' is required: one of earliest, latest, offset, shift or timestamp.")]
    [InlineData("""{ "what": "yesterday", "execute": true }""", "Unknown reset 'yesterday': 'what' must be one of earliest, latest, offset, shift or timestamp.")]
    [InlineData("""{ "what": "offset", "execute": true }""", "A reset to 'offset' needs 'value', a whole number: the offset.")]
    [InlineData("""{ "what": "shift", "value": "back", "execute": true }""", "A reset to 'shift' needs 'value', a whole number: how far to shift the committed offset.")]
    [InlineData("""{ "what": "offset", "value": -1, "execute": true }""", "The offset must be a non-negative number (got -1).")]
    [InlineData("""{ "what": "timestamp", "value": "last week", "execute": true }""", "A reset to 'timestamp' needs 'value': Unix milliseconds or an ISO-8601 time such as 2024-01-31T12:00:00Z.")]
    public async Task ResetOffsets_BadBody_Returns400NamingTheProblemAndCommitsNothing(string body, string message)
    {
        var (topic, group) = await GroupCommittedAtTwoAsync();

        using var response = await PostJsonAsync($"/api/groups/{group}/offsets/reset", body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", message);
        Assert.Equal([new TopicPartitionOffset(topic, 0, 2)], await Admin.ListConsumerGroupOffsetsAsync(group));
    }

    [Fact]
    public async Task ActiveGroup_ResetAndDeleteReturn409_DeleteReturns204OnceItClosed()
    {
        var topic = await TopicAsync("api-active");
        var group = TestTopics.Unique("api-active-group");
        await using (var consumer = await JoinedConsumerAsync(group, topic))
        {
            await consumer.CommitAsync([new TopicPartitionOffset(topic, 0, 0)], Cancellation);

            using var reset = await Http.PostAsJsonAsync($"/api/groups/{group}/offsets/reset", new { what = "latest", execute = true }, Cancellation);
            using var refused = await Http.DeleteAsync($"/api/groups/{group}", Cancellation);

            await AssertProblemAsync(
                reset, HttpStatusCode.Conflict, "NonEmptyGroup", $"Assignments can only be reset if the group '{group}' is inactive, but the current state is Stable.");
            await AssertProblemAsync(
                refused, HttpStatusCode.Conflict, "NonEmptyGroup", $"Deletion is only possible if the group '{group}' is inactive, but the current state is Stable.");
        }

        using var deleted = await Http.DeleteAsync($"/api/groups/{group}", Cancellation);
        using var describe = await Http.GetAsync($"/api/groups/{group}", Cancellation);
        var listed = await Http.GetFromJsonAsync<List<ConsumerGroupSummaryResponse>>("/api/groups", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, describe.StatusCode);
        Assert.DoesNotContain(listed!, summary => summary.GroupId == group);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/offsets/reset")]
    public async Task UnknownGroup_Returns404GroupIdNotFound(string method, string path)
    {
        var group = TestTopics.Unique("no-such-group");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/groups/{group}{path}")
        {
            Content = method == "POST" ? JsonContent.Create(new { what = "earliest" }) : null,
        };
        using var response = await Http.SendAsync(request, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "GroupIdNotFound", $"Consumer group '{group}' does not exist.");
    }

    private async Task<ConsumerGroupResponse> DescribeAsync(string group) =>
        (await Http.GetFromJsonAsync<ConsumerGroupResponse>($"/api/groups/{group}", Cancellation))!;

    private async Task<string> TopicAsync(string prefix, int partitions = 1)
    {
        var topic = TestTopics.Unique(prefix);
        await Admin.CreateTopicAsync(new TopicSpecification { Name = topic, NumPartitions = partitions });
        return topic;
    }

    /// <summary>Records 0..count-1 in the partition, the one at offset i stamped (i + 1) × 1000 ms.</summary>
    private async Task ProduceAsync(string topic, int partition, int count)
    {
        await using var producer = new ProducerBuilder<string, string>(fixture.Client).Build();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(new TopicPartition(topic, partition), new Message<string, string> { Value = $"record-{i}", Timestamp = 1000L * (i + 1) }, Cancellation);
        }
    }

    /// <summary>A one-partition topic with 4 records (stamped 1000..4000 ms) and an inactive group committed at 2.</summary>
    private async Task<(string Topic, string Group)> GroupCommittedAtTwoAsync()
    {
        var topic = await TopicAsync("api-reset");
        await ProduceAsync(topic, 0, 4);
        var group = TestTopics.Unique("api-reset-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 2)]);
        return (topic, group);
    }

    /// <summary>A consumer in <paramref name="group"/> subscribed to <paramref name="topic"/>, once it has been assigned every partition.</summary>
    private async Task<IConsumer<string, string>> JoinedConsumerAsync(string group, string topic)
    {
        var consumer = new ConsumerBuilder<string, string>(
            fixture.Client,
            new ConsumerConfig { GroupId = group, ClientId = "api-test-consumer", AutoOffsetReset = AutoOffsetReset.Earliest, EnableAutoCommit = false, HeartbeatIntervalMs = 100 })
            .Build();
        consumer.Subscribe([topic]);
        var partitions = (await Admin.DescribeTopicAsync(topic)).Metadata.PartitionCount;
        await Eventually.MatchesAsync(() => Task.FromResult(consumer.Assignment.Count), count => count == partitions, $"the consumer to be assigned {topic}", JoinTimeout);
        return consumer;
    }

    private static async Task ConsumeAsync(IConsumer<string, string> consumer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.NotNull(await consumer.ConsumeAsync(JoinTimeout, Cancellation));
        }
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), Cancellation);

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode, string detail)
    {
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation);
        Assert.Equal((status, "application/problem+json"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
        Assert.Equal((errorCode, errorCode, detail), (problem!.Title, problem.Extensions["errorCode"]?.ToString(), problem.Detail));
    }
}
