using System.Diagnostics;
using OrleansBroker.Abstractions;
using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client;
using OrleansBroker.Client.Reading;

namespace OrleansBroker.Bench.Workloads;

/// <summary>
/// Issue 9 workload (f): a silo restarted over a big log. Fills one partition with <paramref name="records"/> numbered
/// 100-byte records (10 M make about 1 GiB of log), then, per run, brings the silo down by SIGKILL and by SIGTERM (in
/// alternating order) and times its start until a new client's first fetch is served, and until a client that was
/// connected all along (as a running consumer is) is served again. The fetched records are checked, and at the end
/// every record is read back once, in order (<see cref="SdkTarget.ConsumeAsync"/>).
/// The page cache keeps the log's pages between runs: this is a process restart, not a reboot.
/// </summary>
internal sealed class ColdStartWorkload(string siloDll, int records)
{
    private const string Topic = "cold-start";
    private const int RecordsPerCheck = 100;
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ReconnectTimeout = TimeSpan.FromSeconds(60);
    private static readonly TopicPartition Partition = new(Topic, 0);

    /// <summary>Bytes of the .log segment files once the records are in.</summary>
    public long LogBytes { get; private set; }

    /// <summary>Segment files the log has.</summary>
    public int Segments { get; private set; }

    /// <summary>Fills the log, then restarts the silo <paramref name="runs"/> times per way of stopping it.</summary>
    public async Task<IReadOnlyList<ColdStartRun>> RunAsync(int runs, Action<ColdStartRun> report)
    {
        await using var silo = new SiloProcess(siloDll, "--Logging:LogLevel:Default=Warning");
        await silo.StartAsync();
        await FillAsync(silo);
        await using var running = await ConnectAsync(silo);
        var measured = new List<ColdStartRun>();
        for (var run = 0; run < runs; run++)
        {
            ColdStartStop[] stops = run % 2 == 0 ? [ColdStartStop.Kill, ColdStartStop.Terminate] : [ColdStartStop.Terminate, ColdStartStop.Kill];
            foreach (var stop in stops)
            {
                await StopAsync(silo, stop);
                measured.Add(await RestartAsync(silo, stop, new PartitionReader(running)));
                report(measured[^1]);
            }
        }

        await using var client = await ConnectAsync(silo);
        await using var sdk = new SdkTarget(client);
        await sdk.ConsumeAsync(Topic, records);
        return measured;
    }

    private async Task FillAsync(SiloProcess silo)
    {
        await using var client = await ConnectAsync(silo);
        await client.CreateAdminClient().CreateTopicAsync(new TopicSpecification { Name = Topic, NumPartitions = 1 });
        await using (var sdk = new SdkTarget(client))
        {
            await sdk.ProduceAsync(Topic, records);
        }

        var logs = new DirectoryInfo(silo.DataDirectory).EnumerateFiles("*.log", SearchOption.AllDirectories).ToList();
        LogBytes = logs.Sum(file => file.Length);
        Segments = logs.Count;
    }

    private static async Task StopAsync(SiloProcess silo, ColdStartStop stop)
    {
        if (stop == ColdStartStop.Kill)
        {
            await silo.KillAsync();
        }
        else if (await silo.StopAsync() is var exitCode and not 0)
        {
            throw new InvalidOperationException($"The silo exited with code {exitCode} on SIGTERM:{Environment.NewLine}{silo.RecentOutput}");
        }
    }

    /// <summary>Starts the silo and times a new client and <paramref name="running"/>, a client of the silo before it stopped.</summary>
    private async Task<ColdStartRun> RestartAsync(SiloProcess silo, ColdStartStop stop, PartitionReader running)
    {
        var clock = Stopwatch.StartNew();
        var reconnected = FirstFetchAgainAsync(running, clock);
        await silo.StartAsync();
        var gateway = clock.Elapsed;
        await using var client = await ConnectAsync(silo);
        var connected = clock.Elapsed;
        var reader = new PartitionReader(client);
        await ReadCheckedAsync(reader, 0);
        var firstFetch = clock.Elapsed;
        await ReadCheckedAsync(reader, records - RecordsPerCheck);
        var tailFetch = clock.Elapsed;
        return new ColdStartRun(stop, gateway, connected, firstFetch, tailFetch, await reconnected);
    }

    /// <summary>Asks <paramref name="reader"/> for the first records every <see cref="RetryInterval"/> until it has them, checked; returns when that was.</summary>
    private async Task<TimeSpan> FirstFetchAgainAsync(PartitionReader reader, Stopwatch clock)
    {
        while (true)
        {
            PartitionRecords read;
            try
            {
                read = await reader.ReadAsync(Partition, 0, RecordsPerCheck);
            }
            catch (Exception) when (clock.Elapsed < ReconnectTimeout)
            {
                // Down or not yet serving: what a running consumer meets while the silo starts.
                await Task.Delay(RetryInterval);
                continue;
            }

            Check(read, 0);
            return clock.Elapsed;
        }
    }

    /// <summary>Reads <see cref="RecordsPerCheck"/> records from <paramref name="offset"/>, checked (<see cref="Check"/>).</summary>
    private async Task ReadCheckedAsync(PartitionReader reader, long offset) => Check(await reader.ReadAsync(Partition, offset, RecordsPerCheck), offset);

    /// <summary>Each record read from <paramref name="offset"/> must be the one produced there, and the log must end where the producer stopped.</summary>
    private void Check(PartitionRecords read, long offset)
    {
        if (read.HighWatermark != records || read.Records.Count != RecordsPerCheck)
        {
            throw new InvalidOperationException($"Read {read.Records.Count} records from offset {offset} of a log ending at {read.HighWatermark}; {records} were produced.");
        }

        for (var i = 0; i < read.Records.Count; i++)
        {
            if (read.Records[i].Offset != offset + i)
            {
                throw new InvalidOperationException($"Record {i} from offset {offset} has offset {read.Records[i].Offset}.");
            }

            BenchRecords.Check(read.Records[i].Message.Value, offset + i);
        }
    }

    private static Task<BrokerClient> ConnectAsync(SiloProcess silo) => BrokerClient.ConnectAsync($"127.0.0.1:{silo.GatewayPort}");
}
