using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansBroker.Abstractions;
using OrleansBroker.Client;
using OrleansBroker.Client.Producing;
using OrleansBroker.Frontend.Records;
using OrleansBroker.Testing;

namespace OrleansBroker.Frontend.Tests;

/// <summary>
/// The live tail as server-sent events: records produced after the stream opened arrive as <c>record</c> events
/// (in offset order within each partition) and earlier ones never do; a quiet stream sends heartbeat comments; an
/// unknown topic is a 404 problem, and deleting the topic ends the stream with an <c>error</c> event.
/// </summary>
[Collection(FrontendCollection.Name)]
public sealed class TailApiTests(FrontendFixture fixture)
{
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(20);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tail_RecordsProducedAfterOpening_ArriveAsEventsAndEarlierOnesNever()
    {
        var topic = await CreateTopicAsync(partitions: 2);
        await using var producer = new ProducerBuilder<string, string>(fixture.Client).Build();
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = "before-0" }, Cancellation);
        await producer.ProduceAsync(new TopicPartition(topic, 1), new Message<string, string> { Value = "before-1" }, Cancellation);

        await using var stream = await EventStream.OpenAsync(fixture.Frontend.Http, $"/api/topics/{topic}/tail");
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Key = "k", Value = "a" }, Cancellation);
        await producer.ProduceAsync(new TopicPartition(topic, 1), new Message<string, string> { Value = "b" }, Cancellation);
        await producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, string> { Value = "c" }, Cancellation);
        var received = new List<RecordView>();
        while (received.Count < 3)
        {
            var next = await stream.NextEventAsync();
            Assert.Equal("record", next.Event);
            received.Add(JsonSerializer.Deserialize<RecordView>(next.Data!, JsonSerializerOptions.Web)!);
        }

        Assert.Equal("text/event-stream", stream.ContentType);
        Assert.Equal(
            [(0, 1L, "a"), (0, 2L, "c"), (1, 1L, "b")],
            received.Select(r => (r.Partition, r.Offset, r.Value!.Data)).OrderBy(r => r.Partition).ThenBy(r => r.Offset));
        Assert.Equal(["a", "c"], received.Where(r => r.Partition == 0).Select(r => r.Value!.Data));
        Assert.Equal(new BytesView("k", BytesFormat.Text, 1, true), received.Single(r => r.Value!.Data == "a").Key);
    }

    [Fact]
    public async Task Tail_QuietTopic_SendsHeartbeatComments()
    {
        await using var frontend = await FrontendHost.StartAsync(
            fixture.Broker.Client, "Development", new Dictionary<string, string?> { ["Frontend:Tail:HeartbeatInterval"] = "00:00:00.100" });
        var topic = await CreateTopicAsync();

        await using var stream = await EventStream.OpenAsync(frontend.Http, $"/api/topics/{topic}/tail");
        var first = await stream.NextAsync();
        var second = await stream.NextAsync();

        Assert.Equal(": heartbeat", first?.Comment);
        Assert.Equal(": heartbeat", second?.Comment);
    }

    [Fact]
    public async Task Tail_UnknownTopic_Returns404Problem()
    {
        var topic = TestTopics.Unique("tail-missing");

        using var response = await fixture.Frontend.Http.GetAsync($"/api/topics/{topic}/tail", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Topic '{topic}' does not exist.", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tail_TopicDeleted_EndsWithAnErrorEvent()
    {
        var topic = await CreateTopicAsync();
        await using var stream = await EventStream.OpenAsync(fixture.Frontend.Http, $"/api/topics/{topic}/tail");

        await fixture.Client.CreateAdminClient().DeleteTopicAsync(topic);
        var error = await stream.NextEventAsync();
        var after = await stream.NextAsync();

        Assert.Equal("error", error.Event);
        using var data = JsonDocument.Parse(error.Data!);
        Assert.Equal("UnknownTopicOrPartition", data.RootElement.GetProperty("errorCode").GetString());
        Assert.Null(after);
    }

    private async Task<string> CreateTopicAsync(int partitions = 1)
    {
        var topic = TestTopics.Unique("tail");
        using var response = await fixture.Frontend.Http.PostAsJsonAsync("/api/topics", new { name = topic, partitions }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return topic;
    }

    /// <summary>One block of a server-sent event stream: a comment line, or an event with its type and data.</summary>
    private sealed record Block(string? Comment, string? Event, string? Data);

    /// <summary>
    /// An open tail read block by block, each read bounded by <see cref="ArrivalTimeout"/>. Opening returns once the
    /// response headers and the opening comment have arrived, i.e. once the tail's start is fixed.
    /// </summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

        public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

        public static async Task<EventStream> OpenAsync(HttpClient http, string path)
        {
            var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(Cancellation)));
            var opening = await stream.NextAsync();
            Assert.StartsWith(": tailing ", opening?.Comment, StringComparison.Ordinal);
            return stream;
        }

        /// <summary>The next event, skipping heartbeat comments; fails at the end of the stream.</summary>
        public async Task<Block> NextEventAsync()
        {
            while (true)
            {
                var block = await NextAsync() ?? throw new InvalidOperationException("The stream ended before the next event.");
                if (block.Comment is null)
                {
                    return block;
                }
            }
        }

        /// <summary>The next block, or null at the end of the stream.</summary>
        public async Task<Block?> NextAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
            timeout.CancelAfter(ArrivalTimeout);
            string? comment = null, type = null, data = null;
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    return new Block(comment, type, data);
                }

                if (line.StartsWith(':'))
                {
                    comment = line;
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line["data: ".Length..];
                }
            }

            return null;
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
