using System.Text;
using static OrleansBroker.Records.Tests.TestBatches;

namespace OrleansBroker.Records.Tests;

/// <summary>
/// Checks that <see cref="RecordEnumerator"/>, which reads records without a prior validation, refuses what it cannot
/// read: a batch naming an unknown codec up front, and a malformed record only when it reaches it, after yielding the good ones.
/// Also checks that a record's headers can be walked more than once.
/// </summary>
public sealed class RecordEnumeratorTests
{
    [Fact]
    public void Records_UnknownCodec_ThrowsUnsupportedCompression()
    {
        var batch = Build(2);
        SetInt16(batch, RecordBatchLayout.Attributes, 5);

        AssertFails(() => ReadRecords(batch), RecordBatchError.UnsupportedCompression, ErrorCode.UnsupportedCompressionType);
    }

    [Fact]
    public void MoveNext_MalformedSecondRecord_YieldsFirstThenThrowsCorruptRecord()
    {
        var batch = Build(3);
        SetByte(batch, RecordPosition(batch, 1) + SimpleRecordSize - 1, ZigZagByte(-1));
        var offsetsRead = new List<long>();

        var error = AssertFails(
            () =>
            {
                var reader = new RecordBatchReader(batch);
                Assert.True(reader.MoveNext());
                foreach (var record in reader.Current.Records)
                {
                    offsetsRead.Add(record.Offset);
                }
            },
            RecordBatchError.CorruptRecord,
            ErrorCode.InvalidRecord);

        Assert.Equal([0L], offsetsRead);
        Assert.Contains("Record 1 of the batch at offset 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_EnumeratedTwice_YieldSameHeaders()
    {
        var batch = Build(builder => builder.Add(FirstTimestamp, null, null, [new Header("a", Utf8("1")), new Header("b", null)]));
        var reader = new RecordBatchReader(batch);
        Assert.True(reader.MoveNext());
        var records = reader.Current.Records;
        Assert.True(records.MoveNext());
        var headers = records.Current.Headers;

        var first = Describe(headers);
        var second = Describe(headers);

        Assert.Equal(2, headers.Count);
        Assert.Equal(["a=1", "b=null"], first);
        Assert.Equal(first, second);
    }

    private static List<string> Describe(RecordHeaders headers)
    {
        var described = new List<string>();
        foreach (var header in headers)
        {
            described.Add($"{header.KeyString}={(header.HasValue ? Encoding.UTF8.GetString(header.Value) : "null")}");
        }

        return described;
    }
}
