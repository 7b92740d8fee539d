namespace OrleansBroker.Bench.Workloads;

/// <summary>
/// One cold start, each time measured from just before the silo process is started (the .NET host's own start
/// included) by the harness's clock.
/// </summary>
/// <param name="Stop">How the silo went down before.</param>
/// <param name="Gateway">Until the silo's Orleans gateway accepted a TCP connection (polled every 50 ms).</param>
/// <param name="Connected">Until a new SDK client had connected through it.</param>
/// <param name="FirstFetch">Until that client had the first records from offset 0, checked: the partition's log opened on the way.</param>
/// <param name="TailFetch">Until it also had the last records of the log, checked.</param>
/// <param name="Reconnected">
/// Until a client connected before the stop (a consumer that kept running) had the first records from offset 0,
/// checked: it asks every 10 ms from the process start, concurrently with the new client.
/// </param>
internal sealed record ColdStartRun(ColdStartStop Stop, TimeSpan Gateway, TimeSpan Connected, TimeSpan FirstFetch, TimeSpan TailFetch, TimeSpan Reconnected);
