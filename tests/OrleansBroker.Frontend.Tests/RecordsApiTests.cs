using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Api;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The records API in Development: a record produced over HTTP (key, value, headers) reads back exactly as text,
/// hex or base64; pages start at an offset, the last N records or a time and carry the next offset and the log's
/// bounds; bad input, unknown topics and partitions, offsets out of range and records too large are problems
/// with their status and a message saying what was wrong, and a refused record leaves the log untouched.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class RecordsApiTests(FrontendFixture fixture)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Http => fixture.Frontend.Http;

    [Fact]
    public async Task ProduceRecord_KeyValueHeaders_ReadsBackExactlyAsText()
    {
        var topic = await CreateTopicAsync("records-produce", partitions: 2);

        using var created = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new
        {
            partition = 1,
            key = "customer-7",
            value = "paid €5",
            headers = new object[] { new { key = "trace", value = "abc" }, new { key = "none", value = (string?)null } },
        }, Cancellation);
        var delivered = await created.Content.ReadFromJsonAsync<ProduceRecordResponse>(Cancellation);
        var page = await PageAsync(topic, 1, "offset=0");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((1, 0L), (delivered!.Partition, delivered.Offset));
        Assert.Equal($"/api/topics/{topic}/partitions/1/records?offset=0&limit=1", created.Headers.Location?.OriginalString);
        var record = Assert.Single(page.Records);
        Assert.Equal((topic, 1, 0L, delivered.Timestamp), (record.Topic, record.Partition, record.Offset, record.Timestamp));
        Assert.Equal(delivered.Timestamp, DateTimeOffset.Parse(record.TimestampIso!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds());
        Assert.Equal(new BytesView("customer-7", BytesFormat.Text, 10, true), record.Key);
        Assert.Equal(new BytesView("paid €5", BytesFormat.Text, 9, true), record.Value);
        Assert.Equal([new HeaderView("trace", new BytesView("abc", BytesFormat.Text, 3, true)), new HeaderView("none", null)], record.Headers);
        Assert.Equal((1L, 0L, 1L), (page.NextOffset, page.LogStartOffset, page.LogEndOffset));
    }

    [Theory]
    [InlineData("text", "k1", "text", "/wA=", "base64", "\u0001\u0002", "text")]
    [InlineData("hex", "6b31", "hex", "ff00", "hex", "0102", "hex")]
    [InlineData("base64", "azE=", "base64", "/wA=", "base64", "AQI=", "base64")]
    public async Task ReadRecords_BinaryRecordInEachFormat_ShowsTheSameBytes(
        string format, string key, string keyEncoding, string value, string valueEncoding, string header, string headerEncoding)
    {
        var topic = await CreateTopicAsync("records-format");
        using var created = await Http.PostAsJsonAsync(
            $"/api/topics/{topic}/records",
            new { key = "azE=", value = "/wA=", headers = new[] { new { key = "h", value = "AQI=" } }, encoding = "base64" },
            Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var record = Assert.Single((await PageAsync(topic, 0, $"format={format}")).Records);

        Assert.Equal(new BytesView(key, BytesCodec.ParseFormat(keyEncoding, "encoding"), 2, true), record.Key);
        // 0xFF is never UTF-8: asked for text, the value comes as base64 and says so.
        Assert.Equal(new BytesView(value, BytesCodec.ParseFormat(valueEncoding, "encoding"), 2, false), record.Value);
        Assert.Equal(new HeaderView("h", new BytesView(header, BytesCodec.ParseFormat(headerEncoding, "encoding"), 2, true)), Assert.Single(record.Headers));
    }

    [Fact]
    public async Task ReadRecords_NullKeyAndValue_AreNullNotEmpty()
    {
        var topic = await CreateTopicAsync("records-null");
        using var created = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new { headers = Array.Empty<object>() }, Cancellation);

        var record = Assert.Single((await PageAsync(topic, 0, "offset=0")).Records);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(record.Key);
        Assert.Null(record.Value);
        Assert.Empty(record.Headers);
    }

    [Fact]
    public async Task ReadRecords_Latest_ReturnsTheLastNClampedToLogStart()
    {
        var topic = await CreateTopicAsync("records-latest");
        await ProduceAsync(topic, 5);

        var lastTwo = await PageAsync(topic, 0, "latest=2");
        var more = await PageAsync(topic, 0, "latest=10");
        var none = await PageAsync(topic, 0, "latest=0");

        Assert.Equal(["r3", "r4"], lastTwo.Records.Select(r => r.Value!.Data));
        Assert.Equal((5L, 0L, 5L), (lastTwo.NextOffset, lastTwo.LogStartOffset, lastTwo.LogEndOffset));
        Assert.Equal([0L, 1L, 2L, 3L, 4L], more.Records.Select(r => r.Offset));
        Assert.Empty(none.Records);
        Assert.Equal(5L, none.NextOffset);
    }

    [Fact]
    public async Task ReadRecords_Limit_PagesThroughWithNextOffset()
    {
        var topic = await CreateTopicAsync("records-pages");
        await ProduceAsync(topic, 5);

        var pages = new List<string>();
        var offset = 0L;
        while (offset < 5 && pages.Count < 5)
        {
            var page = await PageAsync(topic, 0, $"offset={offset}&limit=2");
            pages.Add($"{string.Join(",", page.Records.Select(r => r.Offset))} next {page.NextOffset}");
            offset = page.NextOffset;
        }

        var atEnd = await PageAsync(topic, 0, "offset=5");
        var byDefault = await PageAsync(topic, 0, "");

        Assert.Equal(["0,1 next 2", "2,3 next 4", "4 next 5"], pages);
        Assert.Empty(atEnd.Records);
        Assert.Equal(5L, atEnd.NextOffset);
        Assert.Equal([0L, 1L, 2L, 3L, 4L], byDefault.Records.Select(r => r.Offset));
    }

    [Fact]
    public async Task ReadRecords_ByTimestamp_StartsAtTheFirstRecordAtOrAfterIt()
    {
        var topic = await CreateTopicAsync("records-time");
        const long First = 1_700_000_000_123;
        await using (var producer = new ProducerBuilder<string, string>(fixture.Client).Build())
        {
            for (var i = 0; i < 3; i++)
            {
                await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = $"t{i}", Timestamp = First + (i * 1000) }, Cancellation);
            }
        }

        var byMs = await PageAsync(topic, 0, $"timestamp={First + 1000}");
        var byIso = await PageAsync(topic, 0, "timestamp=" + Uri.EscapeDataString("2023-11-15T00:13:21.5+02:00"));
        var afterAll = await PageAsync(topic, 0, $"timestamp={First + 5000}");

        Assert.Equal(["t1", "t2"], byMs.Records.Select(r => r.Value!.Data));
        Assert.Equal(["2023-11-14T22:13:21.123Z", "2023-11-14T22:13:22.123Z"], byMs.Records.Select(r => r.TimestampIso));
        Assert.Equal([First + 1000, First + 2000], byMs.Records.Select(r => r.Timestamp));
        Assert.Equal(["t2"], byIso.Records.Select(r => r.Value!.Data));
        Assert.Empty(afterAll.Records);
        Assert.Equal(3L, afterAll.NextOffset);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-1)]
    public async Task ReadRecords_OffsetOutOfRange_Returns400NamingTheReadableRange(long offset)
    {
        var topic = await CreateTopicAsync("records-range");
        await ProduceAsync(topic, 3);

        using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/0/records?offset={offset}", Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OffsetOutOfRange", problem.Extensions["errorCode"]?.ToString());
        Assert.Equal($"Offset {offset} is out of range for partition {topic}-0: readable offsets are 0 to 3 (log start offset 0, log end offset 3).", problem.Detail);
    }

    [Theory]
    [InlineData(null, 0, "This server does not host this topic-partition: {0}-0.")]
    [InlineData("records-one", 1, "This server does not host this topic-partition: {0}-1.")]
    [InlineData("records-one", -1, "Topic '{0}' has no partition -1: partitions are numbered from 0.")]
    public async Task ReadRecords_UnknownTopicOrPartition_Returns404(string? existing, int partition, string detail)
    {
        var topic = existing is null ? TestTopics.Unique("records-missing") : await CreateTopicAsync(existing);

        using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/{partition}/records", Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("UnknownTopicOrPartition", problem.Extensions["errorCode"]?.ToString());
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, detail, topic), problem.Detail);
    }

    [Fact]
    public async Task ProduceRecord_UnknownTopic_Returns404AndCreatesNoTopic()
    {
        var topic = TestTopics.Unique("records-missing");

        using var response = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new { value = "v" }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"Topic '{topic}' does not exist.", problem.Detail);
        Assert.DoesNotContain(topic, await fixture.Client.CreateAdminClient().ListTopicsAsync());
    }

    [Fact]
    public async Task ProduceRecord_UnknownPartition_Returns404()
    {
        var topic = await CreateTopicAsync("records-partition", partitions: 2);

        using var response = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new { partition = 2, value = "v" }, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"Topic '{topic}' has no partition 2 (it has 2).", problem.Detail);
    }

    [Fact]
    public async Task ProduceRecord_OverMaxMessageBytes_Returns413AndAppendsNothing()
    {
        var topic = await CreateTopicAsync("records-large", configs: new() { ["max.message.bytes"] = "1000" });

        using var refused = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new { partition = 0, value = new string('x', 2000) }, Cancellation);
        var problem = await ProblemAsync(refused);
        var page = await PageAsync(topic, 0, "");
        using var accepted = await Http.PostAsJsonAsync($"/api/topics/{topic}/records", new { partition = 0, value = "small" }, Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("MessageTooLarge", problem.Extensions["errorCode"]?.ToString());
        Assert.Contains("exceeds the limit of 1000 bytes (max.message.bytes)", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(page.Records);
        Assert.Equal(0L, page.LogEndOffset);
        Assert.Equal(0L, (await accepted.Content.ReadFromJsonAsync<ProduceRecordResponse>(Cancellation))!.Offset);
    }

    [Theory]
    [InlineData("""{"value":"not base64!","encoding":"base64"}""", "The value is not valid base64.")]
    [InlineData("""{"key":"abc","encoding":"hex"}""", "The key is not valid hex: expected an even number of hexadecimal digits.")]
    [InlineData("""{"value":"v","encoding":"utf-16"}""", "Unknown encoding 'utf-16': use text, hex or base64.")]
    [InlineData("""{"value":"v","headers":[{"value":"x"}]}""", "Header 1 has no key.")]
    [InlineData("""{"value":"dg==","headers":[{"key":"h","value":"%%"}],"encoding":"base64"}""", "The value of header 'h' is not valid base64.")]
    public async Task ProduceRecord_BadInput_Returns400SayingWhatIsWrong(string body, string detail)
    {
        var topic = await CreateTopicAsync("records-bad");

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync($"/api/topics/{topic}/records", content, Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidRequest", detail), (problem.Extensions["errorCode"]?.ToString(), problem.Detail));
        Assert.Equal(0L, (await PageAsync(topic, 0, "")).LogEndOffset);
    }

    [Theory]
    [InlineData("offset=0&latest=2", "Give only one of offset, latest and timestamp (got offset and latest).")]
    [InlineData("latest=-1", "latest is the number of last records to show: 0 or more (got -1).")]
    [InlineData("limit=0", "The limit must be between 1 and 500 records (got 0).")]
    [InlineData("limit=501", "The limit must be between 1 and 500 records (got 501).")]
    [InlineData("format=xml", "Unknown format 'xml': use text, hex or base64.")]
    [InlineData("timestamp=yesterday", "The timestamp 'yesterday' is neither milliseconds since the Unix epoch nor an ISO-8601 time such as 2024-01-31T12:00:00Z.")]
    [InlineData("timestamp=-1", "Timestamp -1 is not a time: give milliseconds since the Unix epoch (0 or more).")]
    public async Task ReadRecords_BadQuery_Returns400SayingWhatIsWrong(string query, string detail)
    {
        var topic = await CreateTopicAsync("records-query");

        using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/0/records?{query}", Cancellation);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidRequest", detail), (problem.Extensions["errorCode"]?.ToString(), problem.Detail));
    }

    private async Task<string> CreateTopicAsync(string prefix, int? partitions = null, Dictionary<string, string>? configs = null)
    {
        var topic = TestTopics.Unique(prefix);
        using var response = await Http.PostAsJsonAsync("/api/topics", new { name = topic, partitions, configs }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return topic;
    }

    /// <summary>Produces r0, r1, ... to partition 0 with the SDK.</summary>
    private async Task ProduceAsync(string topic, int count)
    {
        await using var producer = new ProducerBuilder<string, string>(fixture.Client).Build();
        for (var i = 0; i < count; i++)
        {
            await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = $"r{i}" }, Cancellation);
        }
    }

    private async Task<RecordPageResponse> PageAsync(string topic, int partition, string query)
    {
        using var response = await Http.GetAsync($"/api/topics/{topic}/partitions/{partition}/records?{query}", Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"GET records?{query} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.Content.ReadFromJsonAsync<RecordPageResponse>(Cancellation))!;
    }

    private static async Task<ProblemDetails> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>(Cancellation))!;
    }
}
