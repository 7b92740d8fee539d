using System.Net;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>The records rows: partitions, offsets and limits out of range, and records and bodies too large or malformed.</summary>
public sealed partial class HostileHttpTests
{
    private async Task ReadMissingPartitionsAsync()
    {
        var topic = await CreateTopicAsync("read-missing", partitions: 2);
        (int Partition, string Detail)[] rows =
        [
            (-1, $"Topic '{topic}' has no partition -1: partitions are numbered from 0."),
            (2, $"This server does not host this topic-partition: {topic}-2."),
        ];

        foreach (var (partition, detail) in rows)
        {
            using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/{partition}/records", Cancellation);
            await ExpectProblemAsync(response, HttpStatusCode.NotFound, "UnknownTopicOrPartition", detail);
        }

        await AssertLogEndOffsetsAsync(topic, 0, 0);
    }

    private async Task ReadOutOfRangeAsync()
    {
        var topic = await ProducedTopicAsync("read-range", 3);

        foreach (var offset in new[] { -5, 4 })
        {
            using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/0/records?offset={offset}", Cancellation);
            await ExpectProblemAsync(
                response,
                HttpStatusCode.BadRequest,
                "OffsetOutOfRange",
                $"Offset {offset} is out of range for partition {topic}-0: readable offsets are 0 to 3 (log start offset 0, log end offset 3).");
        }

        await AssertLogEndOffsetsAsync(topic, 3);
    }

    private async Task ReadBadLimitsAsync()
    {
        var topic = await ProducedTopicAsync("read-limit", 1);

        foreach (var limit in new[] { 0, -1, 501, int.MaxValue })
        {
            using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/0/records?limit={limit}", Cancellation);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", $"The limit must be between 1 and 500 records (got {limit}).");
        }
    }

    private async Task ReadUnparsableQueryAsync()
    {
        var topic = await ProducedTopicAsync("read-query", 1);
        (string Query, string Detail)[] rows =
        [
            ("limit=ten", "Failed to bind parameter \"Nullable<int> limit\" from \"ten\"."),
            ("limit=2147483648", "Failed to bind parameter \"Nullable<int> limit\" from \"2147483648\"."),
            ("offset=first", "Failed to bind parameter \"Nullable<long> offset\" from \"first\"."),
            ("offset=99999999999999999999", "Failed to bind parameter \"Nullable<long> offset\" from \"99999999999999999999\"."),
            ("latest=some", "Failed to bind parameter \"Nullable<long> latest\" from \"some\"."),
        ];

        foreach (var (query, detail) in rows)
        {
            using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/0/records?{query}", Cancellation);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", detail);
        }

        foreach (var partition in new[] { "zero", "2147483648" })
        {
            using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/{partition}/records", Cancellation);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", $"Failed to bind parameter \"int partition\" from \"{partition}\".");
        }
    }

    private async Task ProduceNowhereAsync()
    {
        var topic = await CreateTopicAsync("produce-missing", partitions: 2);
        var missing = TestTopics.Unique("produce-no-topic");

        foreach (var partition in new[] { -1, 2 })
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", $$"""{"partition":{{partition}},"value":"v"}""");
            await ExpectProblemAsync(response, HttpStatusCode.NotFound, "UnknownTopicOrPartition", $"Topic '{topic}' has no partition {partition} (it has 2).");
        }

        using (var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{missing}/records", """{"value":"v"}"""))
        {
            await ExpectProblemAsync(response, HttpStatusCode.NotFound, "UnknownTopicOrPartition", $"Topic '{missing}' does not exist.");
        }

        await AssertLogEndOffsetsAsync(topic, 0, 0);
        Assert.DoesNotContain(missing, await ListTopicsAsync());
    }

    private async Task ProduceOverMaxMessageBytesAsync()
    {
        var topic = await CreateTopicAsync("produce-large", configs: """{"max.message.bytes":"1000"}""");

        using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", $$"""{"value":"{{new string('x', 2000)}}"}""");

        await ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageTooLarge", "Record batch of 2070 bytes exceeds the limit of 1000 bytes (max.message.bytes).");
        await AssertLogEndOffsetsAsync(topic, 0);
    }

    private async Task ProduceOverBodyLimitAsync()
    {
        var topic = await CreateTopicAsync("produce-body");

        using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", $$"""{"value":"{{new string('x', HostileHttpFixture.MaxRequestBodySize)}}"}""");

        await ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge,
            "InvalidRequest",
            "The request body is larger than the server accepts: at most 65536 bytes (Kestrel:Limits:MaxRequestBodySize).");
        await AssertLogEndOffsetsAsync(topic, 0);
    }

    private async Task ProduceBadJsonAsync()
    {
        var topic = await CreateTopicAsync("produce-json", partitions: 2);
        (string Body, string Detail)[] rows =
        [
            ("""{"value":""", NotJson("$.value", CutShort)),
            ("not json", NotJson("$", "'not json' is an invalid JSON literal. Expected the literal 'null'.")),
            ("", NoBody),
            ("null", NoBody),
            ("[1]", WrongType("$")),
            ("""{"partition":"zero","value":"v"}""", WrongType("$.partition")),
            ("""{"partition":1.5,"value":"v"}""", WrongType("$.partition")),
            ("""{"value":5}""", WrongType("$.value")),
            ("""{"value":"v","headers":{}}""", WrongType("$.headers")),
            ("""{"value":"v","headers":[null]}""", "Header 1 has no key."),
        ];

        foreach (var (body, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", detail);
        }

        await AssertLogEndOffsetsAsync(topic, 0, 0);
    }

    private async Task ProduceBadEncodingsAsync()
    {
        var topic = await CreateTopicAsync("produce-encoding");
        (string Body, string Detail)[] rows =
        [
            ("""{"value":"not base64!","encoding":"base64"}""", "The value is not valid base64."),
            ("""{"key":"abc","value":"00","encoding":"hex"}""", "The key is not valid hex: expected an even number of hexadecimal digits."),
            ("""{"value":"v","encoding":"utf-16"}""", "Unknown encoding 'utf-16': use text, hex or base64."),
            ("""{"value":"dg==","headers":[{"key":"h","value":"%%"}],"encoding":"base64"}""", "The value of header 'h' is not valid base64."),
        ];

        foreach (var (body, detail) in rows)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", body);
            await ExpectProblemAsync(response, HttpStatusCode.BadRequest, "InvalidRequest", detail);
        }

        await AssertLogEndOffsetsAsync(topic, 0);
    }

    /// <summary>A one-partition topic holding <paramref name="count"/> records produced over HTTP.</summary>
    private async Task<string> ProducedTopicAsync(string prefix, int count)
    {
        var topic = await CreateTopicAsync(prefix);
        for (var i = 0; i < count; i++)
        {
            using var response = await SendJsonAsync(HttpMethod.Post, $"/api/topics/{topic}/records", $$"""{"value":"r{{i}}"}""");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        return topic;
    }
}
