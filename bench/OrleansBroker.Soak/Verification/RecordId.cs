using System.Buffers.Text;
using System.Text;

namespace OrleansBroker.Soak.Verification;

/// <summary>
/// Who sent a record and its place in that producer's stream, written at the start of the record's value as
/// <c>producer:sequence;</c> and padded to the value size wanted, so the audit can tell every record apart.
/// </summary>
/// <param name="Producer">The producer's number within the scenario.</param>
/// <param name="Sequence">The record's number within that producer's stream, from 0.</param>
public readonly record struct RecordId(int Producer, long Sequence)
{
    /// <summary>A value of <paramref name="size"/> bytes (at least the id's own length) that starts with this id.</summary>
    public byte[] ToValue(int size)
    {
        var id = Encoding.ASCII.GetBytes($"{Producer}:{Sequence};");
        var value = new byte[Math.Max(size, id.Length)];
        id.CopyTo(value, 0);
        value.AsSpan(id.Length).Fill((byte)'.');
        return value;
    }

    /// <summary>Reads the id at the start of a value; false for a value no scenario wrote.</summary>
    public static bool TryParse(ReadOnlySpan<byte> value, out RecordId id)
    {
        id = default;
        var colon = value.IndexOf((byte)':');
        var end = value.IndexOf((byte)';');
        if (colon <= 0 || end <= colon
            || !Utf8Parser.TryParse(value[..colon], out int producer, out var producerLength) || producerLength != colon
            || !Utf8Parser.TryParse(value[(colon + 1)..end], out long sequence, out var sequenceLength) || sequenceLength != end - colon - 1)
        {
            return false;
        }

        id = new RecordId(producer, sequence);
        return true;
    }
}
