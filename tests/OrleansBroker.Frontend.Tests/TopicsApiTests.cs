using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The topics API in Development (no API key): create, list, describe with log offsets, add partitions, alter configs,
/// delete, and each broker error as an RFC 7807 problem with its status, Kafka error name and the broker's message.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class TopicsApiTests(FrontendFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Http => fixture.Frontend.Http;

    [Fact]
    public async Task CreateTopic_New_Returns201WithMetadataAndIsListed()
    {
        var topic = TestTopics.Unique("api-topic");

        using var created = await Http.PostAsJsonAsync("/api/topics", new { name = topic, partitions = 3 }, Cancellation);
        var body = await created.Content.ReadFromJsonAsync<TopicResponse>(Cancellation);
        var listed = await Http.GetFromJsonAsync<List<string>>("/api/topics", Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/topics/{topic}", created.Headers.Location?.OriginalString);
        Assert.Equal((topic, 3, (short)1), (body!.Name, body.Partitions, body.ReplicationFactor));
        Assert.Contains(topic, listed!);
    }

    [Fact]
    public async Task DescribeTopic_AfterProducing_ShowsPartitionsWithOffsets()
    {
        var topic = await CreateAsync("api-describe", partitions: 2, configs: new() { ["retention.ms"] = "60000" });
        await using (var producer = new ProducerBuilder<string, string>(fixture.Client).Build())
        {
            for (var i = 0; i < 5; i++)
            {
                await producer.ProduceAsync(new TopicPartition(topic, 1), new Message<string, string> { Value = $"record-{i}" }, Cancellation);
            }
        }

        var description = await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation);

        Assert.Equal((topic, (short)1), (description!.Name, description.ReplicationFactor));
        Assert.Equal("60000", description.Configs["retention.ms"]);
        Assert.Equal(
            [(0, 1, 0L, 0L), (1, 1, 0L, 5L)],
            description.Partitions.Select(p => (p.Partition, p.Leader, p.LogStartOffset, p.LogEndOffset)));
    }

    [Fact]
    public async Task CreateTopic_Twice_Returns409ProblemWithTheBrokersMessage()
    {
        var topic = await CreateAsync("api-twice");

        using var response = await Http.PostAsJsonAsync("/api/topics", new { name = topic }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("TopicAlreadyExists", "TopicAlreadyExists", 409), (problem.Title, problem.ErrorCode, problem.Status));
        Assert.Equal($"Topic '{topic}' already exists.", problem.Detail);
    }

    [Fact]
    public async Task CreateTopic_IllegalName_Returns400InvalidTopic()
    {
        using var response = await Http.PostAsJsonAsync("/api/topics", new { name = "bad name!" }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidTopic", "InvalidTopic"), (problem.Title, problem.ErrorCode));
        Assert.Contains("bad name!", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task DescribeOrDeleteTopic_Unknown_Returns404(string method)
    {
        var topic = TestTopics.Unique("missing");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/topics/{topic}");
        using var response = await Http.SendAsync(request, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("UnknownTopicOrPartition", problem.ErrorCode);
        Assert.Contains(topic, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatePartitions_MoreThanNow_Returns200WithTheNewCount()
    {
        var topic = await CreateAsync("api-grow", partitions: 1);

        using var response = await Http.PostAsJsonAsync($"/api/topics/{topic}/partitions", new { count = 4 }, Cancellation);
        var body = await response.Content.ReadFromJsonAsync<TopicResponse>(Cancellation);
        var description = await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, body!.Partitions);
        Assert.Equal([0, 1, 2, 3], description!.Partitions.Select(p => p.Partition));
    }

    [Fact]
    public async Task CreatePartitions_Fewer_Returns400InvalidPartitions()
    {
        var topic = await CreateAsync("api-shrink", partitions: 3);

        using var response = await Http.PostAsJsonAsync($"/api/topics/{topic}/partitions", new { count = 2 }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidPartitions", problem.ErrorCode);
    }

    [Fact]
    public async Task DeleteTopic_Existing_Returns204AndIsGone()
    {
        var topic = await CreateAsync("api-delete");

        using var response = await Http.DeleteAsync($"/api/topics/{topic}", Cancellation);
        var listed = await Http.GetFromJsonAsync<List<string>>("/api/topics", Cancellation);
        using var describe = await Http.GetAsync($"/api/topics/{topic}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(topic, listed!);
        Assert.Equal(HttpStatusCode.NotFound, describe.StatusCode);
    }

    [Fact]
    public async Task AlterConfigs_SetAndDelete_Returns200WithTheTopicsConfigs()
    {
        var topic = await CreateAsync("api-alter", configs: new() { ["retention.ms"] = "60000" });

        using var response = await Http.PatchAsJsonAsync(
            $"/api/topics/{topic}/configs",
            new { set = new Dictionary<string, string> { ["segment.bytes"] = "1048576" }, delete = new[] { "retention.ms" } },
            Cancellation);
        var body = await response.Content.ReadFromJsonAsync<TopicResponse>(Cancellation);
        var description = await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("1048576", false), (body!.Configs["segment.bytes"], body.Configs.ContainsKey("retention.ms")));
        Assert.Equal(body.Configs, description!.Configs);
    }

    [Theory]
    [InlineData("segment.bytes", "10", "Invalid value 10 for configuration segment.bytes: must be a whole number in range.")]
    [InlineData("no.such.config", "1", "Unknown topic config name: no.such.config. Known names: retention.ms, retention.bytes, segment.bytes, segment.ms, max.message.bytes, message.timestamp.type, flush.messages, flush.ms.")]
    public async Task AlterConfigs_BadNameOrValue_Returns400WithTheBrokersMessageAndChangesNothing(string name, string value, string message)
    {
        var topic = await CreateAsync("api-alter-bad", configs: new() { ["retention.ms"] = "60000" });
        var before = await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation);

        using var response = await Http.PatchAsJsonAsync($"/api/topics/{topic}/configs", new { set = new Dictionary<string, string> { [name] = value } }, Cancellation);
        var problem = await ProblemAsync(response);
        var after = await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidConfig", message), (problem.ErrorCode, problem.Detail));
        Assert.Equal(before!.Configs, after!.Configs);
    }

    [Fact]
    public async Task AlterConfigs_UnknownTopic_Returns404()
    {
        var topic = TestTopics.Unique("missing");

        using var response = await Http.PatchAsJsonAsync($"/api/topics/{topic}/configs", new { set = new Dictionary<string, string> { ["retention.ms"] = "1" } }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("UnknownTopicOrPartition", problem.ErrorCode);
    }

    private async Task<string> CreateAsync(string prefix, int? partitions = null, Dictionary<string, string>? configs = null)
    {
        var topic = TestTopics.Unique(prefix);
        using var response = await Http.PostAsJsonAsync("/api/topics", new { name = topic, partitions, configs }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return topic;
    }

    private static async Task<Problem> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var root = json.RootElement;
        return new Problem(
            root.GetProperty("title").GetString(),
            root.GetProperty("status").GetInt32(),
            root.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "",
            root.TryGetProperty("errorCode", out var code) ? code.GetString() : null);
    }

    private sealed record Problem(string? Title, int Status, string Detail, string? ErrorCode);
}
