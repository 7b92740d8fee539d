using System.Text;
using OrleansBroker.Records;

namespace OrleansBroker.Grains.Tests;

/// <summary>RecordBatch v2 batches as a producer builds them: keyless records with UTF-8 values.</summary>
public static class Batches
{
    /// <summary>A batch of <paramref name="values"/>, stamped with the current time.</summary>
    public static byte[] Of(params string[] values) => At(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), values);

    /// <summary>A batch of <paramref name="values"/>, all with <paramref name="timestamp"/> (ms since the Unix epoch).</summary>
    public static byte[] At(long timestamp, params string[] values) => WithTimestamps([.. values.Select(value => (timestamp, value))]);

    /// <summary>A batch of records with their own timestamps.</summary>
    public static byte[] WithTimestamps(params (long Timestamp, string Value)[] records)
    {
        var builder = new RecordBatchBuilder();
        foreach (var (timestamp, value) in records)
        {
            builder.Add(timestamp, null, Encoding.UTF8.GetBytes(value));
        }

        return builder.Build();
    }

    /// <summary>An idempotent producer's batch of <paramref name="values"/>, numbered from <paramref name="baseSequence"/>.</summary>
    public static byte[] Idempotent(long producerId, short epoch, int baseSequence, params string[] values)
    {
        var builder = new RecordBatchBuilder { ProducerId = producerId, ProducerEpoch = epoch, BaseSequence = baseSequence };
        foreach (var value in values)
        {
            builder.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), null, Encoding.UTF8.GetBytes(value));
        }

        return builder.Build();
    }

    /// <summary>A copy of <paramref name="batch"/> with one byte of its last record flipped, so its CRC no longer matches.</summary>
    public static byte[] WithBadCrc(byte[] batch)
    {
        var damaged = (byte[])batch.Clone();
        damaged[^1] ^= 0xFF;
        return damaged;
    }
}
