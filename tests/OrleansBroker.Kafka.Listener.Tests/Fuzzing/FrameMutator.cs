using System.Buffers.Binary;
using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Listener.Tests.Fuzzing;

/// <summary>
/// Makes hostile frames from a seeded <see cref="Random"/>, so a failing run can be replayed: pure garbage, headers of
/// known and unknown APIs and versions over random bodies, and mutations of well-formed templates (bit flips,
/// interesting values over fields, truncations, size prefixes that lie, splices of two requests, inserted bytes).
/// A few templates go out untouched, keeping connections alive long enough to pipeline.
/// </summary>
public sealed class FrameMutator(Random random, IReadOnlyList<byte[]> templates, int maxRequestBytes)
{
    // Values that break length and count fields: null markers, zero, sign bits, the extremes.
    private static readonly int[] InterestingInt32 = [-1, -2, 0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x10000, int.MaxValue, int.MinValue];

    /// <summary>The next frame to send, size prefix included (which may lie).</summary>
    public byte[] Next() => random.Next(16) switch
    {
        0 => RandomFrame(),
        1 => RandomBodyUnderHeader(),
        2 => Template(),
        3 => Truncated(),
        4 => SizeLie(),
        5 => Spliced(),
        6 => Inserted(),
        7 or 8 => Overwritten(),
        _ => BitFlipped(),
    };

    private byte[] Template() => templates[random.Next(templates.Count)];

    private byte[] RandomFrame() => WithSize(RandomBytes(random.Next(0, 300)));

    private byte[] RandomBodyUnderHeader()
    {
        var body = new byte[8 + random.Next(0, 200)];
        random.NextBytes(body);
        BinaryPrimitives.WriteInt16BigEndian(body, (short)random.Next(-2, 70));
        BinaryPrimitives.WriteInt16BigEndian(body.AsSpan(2), (short)random.Next(-2, 16));
        return WithSize(body);
    }

    private byte[] BitFlipped()
    {
        var frame = CopyOfTemplate();
        for (var flips = 1 + random.Next(random.Next(2) == 0 ? 2 : 8); flips > 0; flips--)
        {
            var bit = random.Next(KafkaFrame.SizePrefixLength * 8, frame.Length * 8);
            frame[bit / 8] ^= (byte)(1 << (bit % 8));
        }

        return frame;
    }

    private byte[] Overwritten()
    {
        var frame = CopyOfTemplate();
        var value = InterestingInt32[random.Next(InterestingInt32.Length)];
        var width = random.Next(3) switch { 0 => 1, 1 => 2, _ => 4 };
        var at = random.Next(KafkaFrame.SizePrefixLength, Math.Max(KafkaFrame.SizePrefixLength + 1, frame.Length - width + 1));
        for (var i = 0; i < width && at + i < frame.Length; i++)
        {
            frame[at + i] = (byte)(value >> (8 * (width - 1 - i)));
        }

        return frame;
    }

    private byte[] Truncated()
    {
        var template = Template();
        return WithSize(template.AsSpan(KafkaFrame.SizePrefixLength, random.Next(template.Length - KafkaFrame.SizePrefixLength)).ToArray());
    }

    private byte[] SizeLie()
    {
        var frame = CopyOfTemplate();
        var size = frame.Length - KafkaFrame.SizePrefixLength;
        var lie = random.Next(5) switch
        {
            0 => size + random.Next(1, 64),
            1 => Math.Max(0, size - random.Next(1, 64)),
            2 => maxRequestBytes + random.Next(1, 1000),
            3 => -random.Next(1, int.MaxValue),
            _ => random.Next(size, maxRequestBytes),
        };
        BinaryPrimitives.WriteInt32BigEndian(frame, lie);
        return frame;
    }

    private byte[] Spliced()
    {
        var head = Template();
        var tail = Template();
        var cut = random.Next(KafkaFrame.SizePrefixLength, head.Length + 1);
        var from = random.Next(KafkaFrame.SizePrefixLength, tail.Length + 1);
        return WithSize([.. head.AsSpan(KafkaFrame.SizePrefixLength, cut - KafkaFrame.SizePrefixLength), .. tail.AsSpan(from)]);
    }

    private byte[] Inserted()
    {
        var template = Template();
        var at = random.Next(KafkaFrame.SizePrefixLength, template.Length + 1);
        return WithSize([.. template.AsSpan(KafkaFrame.SizePrefixLength, at - KafkaFrame.SizePrefixLength), .. RandomBytes(random.Next(1, 16)), .. template.AsSpan(at)]);
    }

    private byte[] CopyOfTemplate() => (byte[])Template().Clone();

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] WithSize(ReadOnlySpan<byte> body)
    {
        var frame = new byte[KafkaFrame.SizePrefixLength + body.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, body.Length);
        body.CopyTo(frame.AsSpan(KafkaFrame.SizePrefixLength));
        return frame;
    }
}
