using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OrleansBroker.Client;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>
/// Issue 8's hostile input through the HTTP API, one row per case: bad topic names, partition counts, partitions,
/// offsets and limits, records over max.message.bytes, bodies over the server's limit, malformed JSON and wrong JSON
/// types, bad encodings, unknown groups and configs each get their status and an RFC 7807 problem whose detail names
/// the problem; clients that send nothing or half a request are disconnected by Kestrel's limits. After every row
/// nothing was created or changed, neither the silo nor the frontend logged an error, and a normal request is served.
/// </summary>
[Collection(HostileHttpCollection.Name)]
public sealed partial class HostileHttpTests(HostileHttpFixture fixture)
{
    private static readonly Dictionary<string, Func<HostileHttpTests, Task>> Rows = new()
    {
        ["create topic with an invalid, empty, '.', '..' or 250-character name: 400 InvalidTopic, nothing created"] = test => test.CreateInvalidTopicNamesAsync(),
        ["invalid or 250-character topic names in paths: 404 UnknownTopicOrPartition, nothing created"] = test => test.InvalidTopicNamesInPathsAsync(),
        ["'.' and '..' as the topic in a path: resolved as dot segments, no topic touched"] = test => test.DotSegmentsInPathsAsync(),
        ["create topic with 0, -1 or 100,001 partitions: 400 InvalidPartitions, nothing created"] = test => test.CreateInvalidPartitionCountsAsync(),
        ["add partitions to 0, -1 or 100,001: 400 InvalidPartitions, count unchanged"] = test => test.AddInvalidPartitionCountsAsync(),
        ["create topic with malformed JSON or wrong JSON types: 400, nothing created"] = test => test.CreateTopicBadJsonAsync(),
        ["alter configs with unknown names or bad values: 400 InvalidConfig, configs unchanged"] = test => test.AlterBadConfigsAsync(),
        ["alter configs or add partitions with malformed JSON or wrong JSON types: 400, topic unchanged"] = test => test.AlterTopicBadJsonAsync(),
        ["read partition -1 or past the count: 404 UnknownTopicOrPartition"] = test => test.ReadMissingPartitionsAsync(),
        ["read at offset -5 or past the end: 400 OffsetOutOfRange"] = test => test.ReadOutOfRangeAsync(),
        ["read with limit 0, -1 or 501: 400 InvalidRequest"] = test => test.ReadBadLimitsAsync(),
        ["read with a query value that is not a number of its type: 400"] = test => test.ReadUnparsableQueryAsync(),
        ["produce to partition -1 or past the count, or to no topic: 404, nothing appended or created"] = test => test.ProduceNowhereAsync(),
        ["produce a record over max.message.bytes: 413 MessageTooLarge, nothing appended"] = test => test.ProduceOverMaxMessageBytesAsync(),
        ["produce a body over the server's body limit: 413, nothing appended"] = test => test.ProduceOverBodyLimitAsync(),
        ["produce malformed JSON or wrong JSON types: 400, nothing appended"] = test => test.ProduceBadJsonAsync(),
        ["produce bad base64, bad hex or an unknown encoding: 400 InvalidRequest, nothing appended"] = test => test.ProduceBadEncodingsAsync(),
        ["describe, delete or reset an unknown group: 404 GroupIdNotFound, no group created"] = test => test.UnknownGroupAsync(),
        ["reset a group's offsets for a topic that does not exist: 404, offsets unchanged"] = test => test.ResetMissingTopicAsync(),
        ["reset a group's offsets with a bad body: 400, offsets unchanged"] = test => test.ResetBadBodyAsync(),
        ["client sends nothing: closed after the keep-alive timeout, others served meanwhile"] = test => test.SilentClientAsync(),
        ["half a request line, then a stall: closed after the headers timeout, others served meanwhile"] = test => test.HalfRequestAsync("GET /api/top"),
        ["half the headers, then a stall: closed after the headers timeout, others served meanwhile"] = test => test.HalfRequestAsync("GET /api/topics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-"),
        ["1,000 idle connections: a normal request is served, all closed after the keep-alive timeout"] = test => test.ThousandIdleConnectionsAsync(),
    };

    /// <summary>What a request without a body (none, or the JSON literal null) is told.</summary>
    private const string NoBody = "The request has no body: it takes a JSON object.";

    /// <summary>What the reader says of JSON that stops inside an object.</summary>
    private const string CutShort = "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.";

    private readonly List<string> _mismatches = [];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> Cases => [.. Rows.Keys];

    private HttpClient Http => fixture.Http;

    private IAdminClient Admin => field ??= BrokerClient.FromClusterClient(fixture.Broker.Client).CreateAdminClient();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HostileRequest_GetsItsProblemAndLeavesNothingBehind(string row)
    {
        var logged = fixture.Logs.Failures.Count;

        await Rows[row](this);

        Assert.True(_mismatches.Count == 0, string.Join(Environment.NewLine, _mismatches));
        Assert.Empty(fixture.Logs.Failures.Skip(logged));
        await AssertStillServedAsync();
    }

    /// <summary>The check after each row: a new topic is created, takes a record and returns it, all over HTTP.</summary>
    private async Task AssertStillServedAsync()
    {
        var topic = await CreateTopicAsync("after");
        using var produced = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", """{"value":"still served"}""");
        var page = await PageAsync(topic, 0);

        Assert.Equal(HttpStatusCode.Created, produced.StatusCode);
        Assert.Equal([(0L, "still served")], page.Records.Select(record => (record.Offset, record.Value?.Data)));
    }

    /// <summary>
    /// Checks that <paramref name="response"/> is a problem with <paramref name="status"/>, <paramref name="errorCode"/>
    /// and <paramref name="detail"/>; a mismatch is kept, so a row reports all of its requests that went wrong at once.
    /// </summary>
    private async Task ExpectProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode, string detail)
    {
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        var type = response.Content.Headers.ContentType?.MediaType;
        (string? ErrorCode, string? Detail) problem = (null, body);
        if (type == "application/problem+json")
        {
            using var json = JsonDocument.Parse(body);
            problem = (
                json.RootElement.TryGetProperty("errorCode", out var code) ? code.GetString() : null,
                json.RootElement.TryGetProperty("detail", out var text) ? text.GetString() : null);
        }

        if ((response.StatusCode, type, problem.ErrorCode, problem.Detail) != (status, "application/problem+json", errorCode, detail))
        {
            var request = response.RequestMessage!;
            _mismatches.Add($"{request.Method} {request.RequestUri?.PathAndQuery}: got {(int)response.StatusCode} {type} {problem.ErrorCode} \"{problem.Detail}\"");
        }
    }

    /// <summary>What a body that is not JSON is told, with where and why the reader stopped.</summary>
    private static string NotJson(string path, string reason) => $"The request body is not valid JSON at {path}: {reason}";

    /// <summary>What a body with a JSON value of the wrong type at <paramref name="path"/> is told.</summary>
    private static string WrongType(string path) => $"The value at {path} in the request body has the wrong JSON type or is out of range.";

    private async Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await Http.SendAsync(request, Cancellation);
    }

    private async Task<string> CreateTopicAsync(string prefix, int partitions = 1, string configs = "{}")
    {
        var topic = TestTopics.Unique(prefix);
        using var response = await SendJsonAsync(HttpMethod.Post, "/api/topics", $$"""{"name":"{{topic}}","partitions":{{partitions}},"configs":{{configs}}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return topic;
    }

    private async Task<IReadOnlyList<string>> ListTopicsAsync() =>
        (await Http.GetFromJsonAsync<List<string>>("/api/topics", Cancellation))!;

    private async Task<TopicDescriptionResponse> DescribeTopicAsync(string topic) =>
        (await Http.GetFromJsonAsync<TopicDescriptionResponse>($"/api/topics/{topic}", Cancellation))!;

    private async Task<RecordPageResponse> PageAsync(string topic, int partition)
    {
        using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/{partition}/records", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RecordPageResponse>(Cancellation))!;
    }

    /// <summary>Asserts each partition's log end offset, in partition order.</summary>
    private async Task AssertLogEndOffsetsAsync(string topic, params long[] expected) =>
        Assert.Equal(expected, (await DescribeTopicAsync(topic)).Partitions.Select(partition => partition.LogEndOffset));
}
