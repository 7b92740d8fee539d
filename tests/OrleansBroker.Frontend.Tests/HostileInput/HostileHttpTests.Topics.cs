using System.Net;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Grains.Topics;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>The topic administration rows: names, partition counts, configs and bodies that make no sense.</summary>
public sealed partial class HostileHttpTests
{
    private static readonly string TooLongName = new('x', TopicNames.MaxLength + 1);

    private async Task CreateInvalidTopicNamesAsync()
    {
        (string Body, string Name, string Detail)[] rows =
        [
            ("""{"name":""}""", "", "Topic name is illegal, it can't be empty."),
            ("""{}""", "", "Topic name is illegal, it can't be empty."),
            ("""{"name":"."}""", ".", "Topic name \".\" is illegal, it can't be \".\" or \"..\"."),
            ("""{"name":".."}""", "..", "Topic name \"..\" is illegal, it can't be \".\" or \"..\"."),
            ("""{"name":"bad/name"}""", "bad/name", "Topic name \"bad/name\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'."),
            ($$"""{"name":"{{TooLongName}}"}""", TooLongName, "Topic name is illegal, it can't be longer than 249 characters (it has 250)."),
        ];

        foreach (var (body, _, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, "/api/topics", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidTopic", detail);
        }

        Assert.Empty((await ListTopicsAsync()).Intersect(rows.Select(row => row.Name)));
    }

    private async Task InvalidTopicNamesInPathsAsync()
    {
        foreach (var name in new[] { "bad name!", TooLongName })
        {
            var path = $"/api/topics/{Uri.EscapeDataString(name)}";
            (HttpMethod Method, string Path, string? Body, string Detail)[] requests =
            [
                (HttpMethod.Get, path, null, $"Topic '{name}' does not exist."),
                (HttpMethod.Delete, path, null, $"Topic '{name}' does not exist."),
                (HttpMethod.Post, $"{path}/partitions", """{"count":2}""", $"Topic '{name}' does not exist."),
                (HttpMethod.Patch, $"{path}/configs", """{"set":{"retention.ms":"1"}}""", $"Topic '{name}' does not exist."),
                (HttpMethod.Post, $"{path}/records", """{"value":"v"}""", $"Topic '{name}' does not exist."),
                (HttpMethod.Get, $"{path}/partitions/0/records", null, $"This server does not host this topic-partition: {name}-0."),
            ];

            foreach (var (method, requestPath, body, detail) in requests)
            {
                using var response = body is null
                    ? await Http.SendAsync(new HttpRequestMessage(method, requestPath), Cancellation)
                    : await SendJsonAsync(method, requestPath, body);
                await ExpectProblemAsync(response, HttpStatusCode.NotFound, "UnknownTopicOrPartition", detail);
            }

            Assert.DoesNotContain(name, await ListTopicsAsync());
        }
    }

    private async Task DotSegmentsInPathsAsync()
    {
        // "/api/topics/." is "/api/topics/" (no DELETE there; "records" would be a topic name, without POST) and
        // "/api/topics/.." is "/api" (nothing mapped), whether the dots are written as they are or percent-encoded.
        (string Segment, HttpStatusCode Expected)[] rows =
        [
            (".", HttpStatusCode.MethodNotAllowed),
            ("%2E", HttpStatusCode.MethodNotAllowed),
            ("..", HttpStatusCode.NotFound),
            ("%2E%2E", HttpStatusCode.NotFound),
        ];
        var before = await ListTopicsAsync();

        foreach (var (segment, expected) in rows)
        {
            using var delete = await Http.DeleteAsync($"/api/topics/{segment}", Cancellation);
            using var produce = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{segment}/records", """{"value":"v"}""");

            Assert.Equal((segment, expected, expected), (segment, delete.StatusCode, produce.StatusCode));
        }

        Assert.Equal(before, await ListTopicsAsync());
    }

    private async Task CreateInvalidPartitionCountsAsync()
    {
        (int Count, string Detail)[] rows =
        [
            (0, "Number of partitions must be larger than 0 (got 0)."),
            (-1, "Number of partitions must be larger than 0 (got -1)."),
            (TopicRegistryGrain.MaxPartitions + 1, "Number of partitions must be at most 100000 (got 100001)."),
        ];
        var names = rows.Select(_ => TestTopics.Unique("partitions")).ToList();

        foreach (var (name, (count, detail)) in names.Zip(rows))
        {
            using var response = await SendJsonAsync(HttpMethod.Post, "/api/topics", $$"""{"name":"{{name}}","partitions":{{count}}}""");
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidPartitions", detail);
        }

        Assert.Empty((await ListTopicsAsync()).Intersect(names));
    }

    private async Task AddInvalidPartitionCountsAsync()
    {
        var topic = await CreateTopicAsync("grow", partitions: 2);
        (int Count, string Detail)[] rows =
        [
            (0, $"Topic '{topic}' currently has 2 partitions, 0 would not be an increase."),
            (-1, $"Topic '{topic}' currently has 2 partitions, -1 would not be an increase."),
            (TopicRegistryGrain.MaxPartitions + 1, $"Topic '{topic}' cannot have 100001 partitions: at most 100000."),
        ];

        foreach (var (count, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/partitions", $$"""{"count":{{count}}}""");
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidPartitions", detail);
        }

        Assert.Equal(2, (await DescribeTopicAsync(topic)).Partitions.Count);
    }

    private async Task CreateTopicBadJsonAsync()
    {
        var name = TestTopics.Unique("json");
        (string Body, string ErrorCode, string Detail)[] rows =
        [
            ($$"""{"name":"{{name}}","partitions":""", "InvalidRequest", NotJson("$.partitions", CutShort)),
            ("not json", "InvalidRequest", NotJson("$", "'not json' is an invalid JSON literal. Expected the literal 'null'.")),
            ("", "InvalidRequest", NoBody),
            ("null", "InvalidRequest", NoBody),
            ($$"""{"name":"{{name}}","partitions":"three"}""", "InvalidRequest", WrongType("$.partitions")),
            ($$"""{"name":"{{name}}","replicationFactor":40000}""", "InvalidRequest", WrongType("$.replicationFactor")),
            ($$"""{"name":"{{name}}","configs":["retention.ms"]}""", "InvalidRequest", WrongType("$.configs")),
            ($$$"""{"name":"{{{name}}}","configs":{"retention.ms":null}}""", "InvalidConfig", "Invalid value (empty) for configuration retention.ms: must be a whole number in range."),
            ("""{"name":5}""", "InvalidRequest", WrongType("$.name")),
        ];

        foreach (var (body, errorCode, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, "/api/topics", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, errorCode, detail);
        }

        Assert.DoesNotContain(name, await ListTopicsAsync());
    }

    private async Task AlterBadConfigsAsync()
    {
        var topic = await CreateTopicAsync("configs", configs: """{"retention.ms":"60000"}""");
        var before = (await DescribeTopicAsync(topic)).Configs;
        (string Body, string Detail)[] rows =
        [
            ("""{"set":{"no.such.config":"1"}}""", "Unknown topic config name: no.such.config. Known names: retention.ms, retention.bytes, segment.bytes, segment.ms, max.message.bytes, message.timestamp.type, flush.messages, flush.ms."),
            ("""{"set":{"segment.bytes":"10"}}""", "Invalid value 10 for configuration segment.bytes: must be a whole number in range."),
            ("""{"set":{"retention.ms":"soon"}}""", "Invalid value soon for configuration retention.ms: must be a whole number in range."),
            ("""{"set":{"message.timestamp.type":"Tomorrow"}}""", "Invalid value Tomorrow for configuration message.timestamp.type: must be CreateTime or LogAppendTime."),
            ("""{"delete":["no.such.config"]}""", "Unknown topic config name: no.such.config."),
            ("""{"set":{"retention.ms":"1000","segment.bytes":"10"}}""", "Invalid value 10 for configuration segment.bytes: must be a whole number in range."),
        ];

        foreach (var (body, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Patch, $"/api/topics/{topic}/configs", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidConfig", detail);
        }

        Assert.Equal(before, (await DescribeTopicAsync(topic)).Configs);
    }

    private async Task AlterTopicBadJsonAsync()
    {
        var topic = await CreateTopicAsync("json", partitions: 2, configs: """{"retention.ms":"60000"}""");
        var before = await DescribeTopicAsync(topic);
        (HttpMethod Method, string Path, string Body, string ErrorCode, string Detail)[] rows =
        [
            (HttpMethod.Patch, "configs", """{"set":""", "InvalidRequest", NotJson("$.set", CutShort)),
            (HttpMethod.Patch, "configs", """{"set":{"retention.ms":1000}}""", "InvalidRequest", WrongType("$.set['retention.ms']")),
            (HttpMethod.Patch, "configs", """{"set":{"retention.ms":null}}""", "InvalidConfig", "Invalid value (empty) for configuration retention.ms: must be a whole number in range."),
            (HttpMethod.Patch, "configs", """{"delete":[null]}""", "InvalidRequest", "'delete' holds a null: list the names of the configs to return to their defaults."),
            (HttpMethod.Patch, "configs", """{"delete":"retention.ms"}""", "InvalidRequest", WrongType("$.delete")),
            (HttpMethod.Patch, "configs", "", "InvalidRequest", NoBody),
            (HttpMethod.Post, "partitions", """{"count":"four"}""", "InvalidRequest", WrongType("$.count")),
            (HttpMethod.Post, "partitions", """{"count":4.5}""", "InvalidRequest", WrongType("$.count")),
            (HttpMethod.Post, "partitions", """{}""", "InvalidPartitions", $"Topic '{topic}' currently has 2 partitions, 0 would not be an increase."),
            (HttpMethod.Post, "partitions", "", "InvalidRequest", NoBody),
        ];

        foreach (var (method, path, body, errorCode, detail) in rows)
        {
            using var response = await SendJsonAsync(method, $"/api/topics/{topic}/{path}", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, errorCode, detail);
        }

        var after = await DescribeTopicAsync(topic);
        Assert.Equal(before.Configs, after.Configs);
        Assert.Equal(before.Partitions.Count, after.Partitions.Count);
    }
}
