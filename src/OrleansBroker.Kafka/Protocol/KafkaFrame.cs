using System.Buffers;
using System.Buffers.Binary;

namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Every Kafka request and response travels as a frame: an int32 size, then that many bytes of header and body.
/// These helpers find where a frame ends in what a connection has buffered and write whole frames.
/// </summary>
public static class KafkaFrame
{
    /// <summary>Bytes taken by the size prefix.</summary>
    public const int SizePrefixLength = sizeof(int);

    /// <summary>
    /// Reads the size of the frame that starts <paramref name="buffer"/>, not counting the prefix itself; false while
    /// fewer than <see cref="SizePrefixLength"/> bytes are buffered. Throws <see cref="KafkaProtocolException"/> for a
    /// negative size or one above <paramref name="maxSize"/> (Kafka's socket.request.max.bytes), before any is buffered.
    /// </summary>
    public static bool TryReadSize(ReadOnlySpan<byte> buffer, int maxSize, out int size)
    {
        if (buffer.Length < SizePrefixLength)
        {
            size = 0;
            return false;
        }

        size = BinaryPrimitives.ReadInt32BigEndian(buffer);
        if (size < 0 || size > maxSize)
        {
            throw new KafkaProtocolException($"Frame size {size} is outside 0..{maxSize}");
        }

        return true;
    }

    /// <summary>The same as the span overload for what a pipe has buffered, which may span several segments.</summary>
    public static bool TryReadSize(in ReadOnlySequence<byte> buffer, int maxSize, out int size)
    {
        if (buffer.FirstSpan.Length >= SizePrefixLength || buffer.Length < SizePrefixLength)
        {
            return TryReadSize(buffer.FirstSpan, maxSize, out size);
        }

        Span<byte> prefix = stackalloc byte[SizePrefixLength];
        buffer.Slice(0, SizePrefixLength).CopyTo(prefix);
        return TryReadSize(prefix, maxSize, out size);
    }

    /// <summary>Writes a whole request frame: size, <paramref name="header"/>, then <paramref name="request"/>.</summary>
    public static void WriteRequest(KafkaWriter writer, RequestHeader header, IKafkaRequest request)
    {
        if (header.ApiKey != request.ApiKey)
        {
            throw new ArgumentException($"A {request.ApiKey} request cannot follow a {header.ApiKey} header", nameof(request));
        }

        var start = writer.BeginFrame();
        header.Write(writer);
        request.Write(writer, header.ApiVersion);
        writer.EndFrame(start);
    }

    /// <summary>Writes a whole response frame: size, the header answering <paramref name="correlationId"/>, the body.</summary>
    public static void WriteResponse(KafkaWriter writer, int correlationId, short apiVersion, IKafkaResponse response)
    {
        var start = writer.BeginFrame();
        new ResponseHeader(correlationId).Write(writer, ResponseHeader.VersionFor(response.ApiKey, apiVersion));
        response.Write(writer, apiVersion);
        writer.EndFrame(start);
    }

    /// <summary>
    /// Reads a response frame (without its size prefix) that answers a request of <typeparamref name="T"/>'s API at
    /// <paramref name="apiVersion"/>; the whole frame must be used.
    /// </summary>
    public static T ReadResponse<T>(ReadOnlyMemory<byte> frame, short apiVersion, out int correlationId)
        where T : IKafkaResponse, IKafkaMessage<T>
    {
        try
        {
            var reader = new KafkaReader(frame);
            correlationId = ResponseHeader.Read(ref reader, ResponseHeader.VersionFor(T.ApiKey, apiVersion)).CorrelationId;
            var response = T.Read(ref reader, apiVersion);
            reader.EnsureEnd("The response");
            return response;
        }
        catch (KafkaProtocolException e)
        {
            throw new KafkaProtocolException($"{T.ApiKey} v{apiVersion} response: {e.Message}", e);
        }
    }
}
