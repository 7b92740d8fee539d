using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Blobs;
using OrleansBroker.Records;
using OrleansBroker.Storage;
using OrleansBroker.Storage.AzureBlob;
using OrleansBroker.Storage.Backends;

// Usage: dotnet run -c Release --project bench/OrleansBroker.Storage.Bench -- [records] [runs] [location] [file|blob]
// Appends `records` 100-byte records in batches of 1,000 to a fresh partition log, then reads them all back
// sequentially (1 MiB reads, every record enumerated), `runs` times after a smaller warm-up run;
// prints each run and the medians. The log is on local disk (file, the default: location is a directory) or in
// Azure Blob storage (blob: location is a container in the account of $AZURE_STORAGE_CONNECTION_STRING, by default
// Azurite's on 127.0.0.1:10000).
const int RecordsPerBatch = 1000;
const int ValueBytes = 100;
const int ReadBytes = 1024 * 1024;
const string AzuriteConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    + "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

var records = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var backend = args.Length > 3 ? args[3] : "file";
var location = args.Length > 2 ? args[2] : backend == "blob" ? "obk-storage-bench" : Path.Combine(Path.GetTempPath(), "obk-storage-bench");
var storage = OpenStorage(backend, location);
var batches = records / RecordsPerBatch;

var template = BuildBatch();
Console.WriteLine($"{batches:N0} batches x {RecordsPerBatch:N0} records x {ValueBytes} B values ({template.Length:N0} B a batch), {runs} runs, {Environment.ProcessorCount} cores, {backend} backend at {location}");
Console.WriteLine("run  append rec/s   append MB/s   read rec/s     read MB/s");

var appendRates = new List<double>();
var readRates = new List<double>();
for (var run = 0; run <= runs; run++)
{
    // Run 0 warms up the JIT (tiered compilation, PGO) and is not counted.
    var directory = storage.Partition("bench", run);
    directory.DeleteAll();
    var log = PartitionLog.Open(directory, new LogConfig { RetentionMs = -1 });
    var runBatches = run == 0 ? Math.Max(batches / 10, 1) : batches;
    var appendSeconds = Time(() => Append(log, template, runBatches));
    var (readSeconds, readRecords) = TimeRead(log);
    if (readRecords != runBatches * RecordsPerBatch)
    {
        throw new InvalidOperationException($"Read {readRecords} records, expected {runBatches * RecordsPerBatch}.");
    }

    var bytes = (double)log.SizeInBytes;
    log.Dispose();
    directory.DeleteAll();
    if (run == 0)
    {
        continue;
    }

    appendRates.Add(readRecords / appendSeconds);
    readRates.Add(readRecords / readSeconds);
    Console.WriteLine($"{run,3}  {readRecords / appendSeconds,12:N0}  {bytes / appendSeconds / 1e6,12:N1}  {readRecords / readSeconds,12:N0}  {bytes / readSeconds / 1e6,12:N1}");
}

var batchBytes = (double)template.Length / RecordsPerBatch;
Console.WriteLine($"median append: {Median(appendRates):N0} records/s ({Median(appendRates) * batchBytes / 1e6:N1} MB/s of log)");
Console.WriteLine($"median read:   {Median(readRates):N0} records/s ({Median(readRates) * batchBytes / 1e6:N1} MB/s of log)");

static ILogStorage OpenStorage(string backend, string location) => backend switch
{
    "file" => new FileLogStorage(location),
    "blob" => new AzureBlobLogStorage(new BlobContainerClient(
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") ?? AzuriteConnectionString, location)),
    _ => throw new ArgumentException($"Unknown backend {backend}: use file or blob."),
};

static byte[] BuildBatch()
{
    var builder = new RecordBatchBuilder(RecordsPerBatch * (ValueBytes + 16));
    var value = new byte[ValueBytes];
    var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    for (var i = 0; i < RecordsPerBatch; i++)
    {
        value[0] = (byte)i;
        builder.Add(now, null, value);
    }

    return builder.Build();
}

static void Append(PartitionLog log, byte[] template, long batches)
{
    for (var i = 0; i < batches; i++)
    {
        log.Append(template);
    }
}

static (double Seconds, long Records) TimeRead(PartitionLog log)
{
    long records = 0;
    var seconds = Time(() =>
    {
        var offset = log.LogStartOffset;
        while (offset < log.LogEndOffset)
        {
            var fetched = log.Read(offset, ReadBytes).Records.Span;
            foreach (var batch in new RecordBatchReader(fetched))
            {
                foreach (var record in batch.Records)
                {
                    records += record.Value.Length > 0 ? 1 : 0;
                    offset = record.Offset + 1;
                }
            }
        }
    });
    return (seconds, records);
}

static double Time(Action action)
{
    var stopwatch = Stopwatch.StartNew();
    action();
    return stopwatch.Elapsed.TotalSeconds;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
