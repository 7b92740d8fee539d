using System.Net;
using System.Net.Http.Json;
using OrleansBroker.Client;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>The consumer-group rows: groups that do not exist, topics that do not exist and resets that make no sense.</summary>
public sealed partial class HostileHttpTests
{
    private async Task UnknownGroupAsync()
    {
        var group = TestTopics.Unique("no-such-group");
        (HttpMethod Method, string Path, string? Body)[] requests =
        [
            (HttpMethod.Get, $"/api/groups/{group}", null),
            (HttpMethod.Delete, $"/api/groups/{group}", null),
            (HttpMethod.Post, $"/api/groups/{group}/offsets/reset", """{"what":"earliest","execute":true}"""),
        ];

        foreach (var (method, path, body) in requests)
        {
            using var response = body is null ? await Http.SendAsync(new HttpRequestMessage(method, path), Cancellation) : await SendJsonAsync(method, path, body);
            await ExpectProblemAsync(response, HttpStatusCode.NotFound, "GroupIdNotFound", $"Consumer group '{group}' does not exist.");
        }

        Assert.DoesNotContain(group, (await Http.GetFromJsonAsync<List<ConsumerGroupSummaryResponse>>("/api/groups", Cancellation))!.Select(summary => summary.GroupId));
    }

    private async Task ResetMissingTopicAsync()
    {
        var (topic, group) = await GroupCommittedAtTwoAsync();
        var missing = TestTopics.Unique("reset-no-topic");

        using var response = await SendJsonAsync(HttpMethod.Post, $"/api/groups/{group}/offsets/reset", $$"""{"what":"earliest","topic":"{{missing}}","execute":true}""");

        await ExpectProblemAsync(response, HttpStatusCode.NotFound, "UnknownTopicOrPartition", $"Topic '{missing}' does not exist.");
        await AssertCommittedAsync(group, (topic, 0, 2));
        Assert.DoesNotContain(missing, await ListTopicsAsync());
    }

    private async Task ResetBadBodyAsync()
    {
        var (topic, group) = await GroupCommittedAtTwoAsync();
        (string Body, string Detail)[] rows =
        [
            ("""{"what":"offset","value":-1,"execute":true}""", "The offset must be a non-negative number (got -1)."),
            ("""{"what":"shift","value":"back","execute":true}""", "A reset to 'shift' needs 'value', a whole number: how far to shift the committed offset."),
            ("""{"what":"yesterday","execute":true}""", "Unknown reset 'yesterday': 'what' must be one of earliest, latest, offset, shift or timestamp."),
            ("""{"what":"earliest","execute":"yes"}""", WrongType("$.execute")),
            ("""{"what":""", NotJson("$.what", CutShort)),
            ("", NoBody),
        ];

        foreach (var (body, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/groups/{group}/offsets/reset", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", detail);
        }

        await AssertCommittedAsync(group, (topic, 0, 2));
    }

    /// <summary>A one-partition topic with 4 records and an inactive group committed at offset 2.</summary>
    private async Task<(string Topic, string Group)> GroupCommittedAtTwoAsync()
    {
        var topic = await ProducedTopicAsync("reset", 4);
        var group = TestTopics.Unique("reset-group");
        await Admin.AlterConsumerGroupOffsetsAsync(group, [new TopicPartitionOffset(topic, 0, 2)]);
        return (topic, group);
    }

    private async Task AssertCommittedAsync(string group, params (string Topic, int Partition, long Offset)[] expected)
    {
        var described = (await Http.GetFromJsonAsync<ConsumerGroupResponse>($"/api/groups/{group}", Cancellation))!;
        Assert.Equal(expected, described.Partitions.Select(partition => (partition.Topic, partition.Partition, partition.CommittedOffset ?? -1)));
    }
}
