using System.Text;
using OrleansBroker.Client.Producing;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// Splitting a batch the broker refused as too large: the two halves hold the same records, in order, with
/// timestamps, null and empty keys and values, and headers (a null header value too) unchanged.
/// </summary>
public sealed class BatchSplitterTests
{
    [Fact]
    public void Split_FourRecords_HalvesKeepEveryRecordExactly()
    {
        var builder = new RecordBatchBuilder();
        builder.Add(100, null, Encoding.UTF8.GetBytes("v0"));
        builder.Add(101, Array.Empty<byte>(), null, [new Header("h", null), new Header("e", Array.Empty<byte>())]);
        builder.Add(99, Encoding.UTF8.GetBytes("k2"), Encoding.UTF8.GetBytes("v2"), [new Header("h", new byte[] { 7 })]);
        builder.Add(105, Encoding.UTF8.GetBytes("k3"), Array.Empty<byte>());
        var original = builder.Build();

        var (first, second) = BatchSplitter.Split(original, 1);

        var all = Describe(original);
        Assert.Equal(4, all.Count);
        Assert.Equal(all[..1], Describe(first));
        Assert.Equal(all[1..], Describe(second));
        Assert.Equal(1, RecordBatchValidator.Validate(first, int.MaxValue).Header.RecordCount);
        Assert.Equal(3, RecordBatchValidator.Validate(second, int.MaxValue).Header.RecordCount);
    }

    private static List<string> Describe(byte[] batch)
    {
        var records = new List<string>();
        foreach (var view in new RecordBatchReader(batch))
        {
            foreach (var record in view.Records)
            {
                var headers = new List<string>();
                foreach (var header in record.Headers)
                {
                    headers.Add($"{header.KeyString}={(header.HasValue ? Convert.ToHexString(header.Value) : "null")}");
                }

                records.Add($"ts={record.Timestamp} key={Show(record.Key, record.HasKey)} value={Show(record.Value, record.HasValue)} headers=[{string.Join(",", headers)}]");
            }
        }

        return records;
    }

    private static string Show(ReadOnlySpan<byte> bytes, bool present) => present ? $"'{Encoding.UTF8.GetString(bytes)}'" : "null";
}
