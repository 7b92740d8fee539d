using System.Diagnostics;
using System.Net;

namespace OrleansBroker.Frontend.Tests.HostileInput;

/// <summary>
/// The connection rows: Kestrel closes a connection that sends no request after its keep-alive timeout and one that
/// stalls inside a request's line or headers after its headers timeout, and serves others meanwhile. Connections are
/// not capped (Kestrel's MaxConcurrentConnections is unlimited by default), so 1,000 idle ones only wait to be closed.
/// </summary>
public sealed partial class HostileHttpTests
{
    /// <summary>Slack over a timeout for Kestrel to notice it: its heartbeat checks timeouts once a second.</summary>
    private static readonly TimeSpan HeartbeatSlack = TimeSpan.FromSeconds(5);

    private async Task SilentClientAsync()
    {
        var clock = Stopwatch.StartNew();
        await using var silent = await RawHttpConnection.ConnectAsync(fixture.Port);
        var closing = silent.ReadUntilClosedAsync(HostileHttpFixture.KeepAliveTimeout + HeartbeatSlack);

        await AssertServedMeanwhileAsync(closing);
        Assert.Equal("", await closing);
        Assert.True(clock.Elapsed >= HostileHttpFixture.KeepAliveTimeout, $"Closed after {clock.Elapsed.TotalMilliseconds:0} ms, before the keep-alive timeout.");
    }

    private async Task HalfRequestAsync(string half)
    {
        await using var stalled = await RawHttpConnection.ConnectAsync(fixture.Port);
        await stalled.SendAsync(half);
        var clock = Stopwatch.StartNew();
        var closing = stalled.ReadUntilClosedAsync(HostileHttpFixture.RequestHeadersTimeout + HeartbeatSlack);

        await AssertServedMeanwhileAsync(closing);
        Assert.StartsWith("HTTP/1.1 408 Request Timeout\r\n", await closing, StringComparison.Ordinal);
        Assert.True(clock.Elapsed >= HostileHttpFixture.RequestHeadersTimeout, $"Closed after {clock.Elapsed.TotalMilliseconds:0} ms, before the headers timeout.");
    }

    private async Task ThousandIdleConnectionsAsync()
    {
        var idle = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(_ => RawHttpConnection.ConnectAsync(fixture.Port)));
        try
        {
            var closing = Task.WhenAll(idle.Select(connection => connection.ReadUntilClosedAsync(HostileHttpFixture.KeepAliveTimeout + HeartbeatSlack)));

            await AssertServedMeanwhileAsync(closing);
            Assert.Equal(1_000, (await closing).Count(sent => sent == ""));
        }
        finally
        {
            foreach (var connection in idle)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Asserts a normal request gets its 200 while <paramref name="closing"/> still waits for the server to close.</summary>
    private async Task AssertServedMeanwhileAsync(Task closing)
    {
        using var response = await Http.GetAsync("/api/topics", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(closing.IsCompleted, "The server closed the connection before the normal request was served.");
    }
}
