using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Kafka.Handlers;
using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Listener;

/// <summary>
/// One client connection. Requests are read frame by frame, decoded and handed to their handlers at once, so
/// pipelined requests run concurrently; responses go out strictly in request order, which Kafka clients rely on.
/// Anything malformed (a frame over the size limit, a truncated or garbage frame, an API not served) closes this
/// connection, as a Kafka broker does, and nothing else. The bytes received count against the listener-wide
/// <see cref="QueuedRequestBytes"/> until their request is handled; while that budget is spent, the connection starts
/// reading no further request.
/// </summary>
internal sealed class KafkaConnection : IAsyncDisposable
{
    // Requests decoded but not yet answered; past this the connection stops reading (TCP pushes back on the client).
    private const int MaxRequestsInFlight = 64;

    // Response byte fields from this size (a fetch's records) go to the socket as they are, not copied twice on the way.
    private const int SpliceBytesFrom = 64 * 1024;

    private readonly NetworkStream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly KafkaBroker _broker;
    private readonly KafkaRequestDispatcher _dispatcher;
    private readonly int _maxRequestBytes;
    private readonly QueuedRequestBytes _queued;
    private readonly ILogger _logger;
    private readonly EndPoint? _remote;
    private readonly string _clientHost;
    private readonly Channel<Task<KafkaWriter?>> _responses =
        Channel.CreateBounded<Task<KafkaWriter?>>(new BoundedChannelOptions(MaxRequestsInFlight) { SingleReader = true, SingleWriter = true });
    private readonly List<Task> _running = [];
    private readonly PartitionAppendOrder _appendOrder = new();
    private readonly CancellationTokenSource _closing = new();
    private long _lastActivity = Environment.TickCount64;
    private int _inFlight;

    // Bytes received into the pipe and not yet taken as frames, counted in _queued.
    private long _received;

    public KafkaConnection(Socket socket, KafkaBroker broker, KafkaRequestDispatcher dispatcher, int maxRequestBytes, QueuedRequestBytes queued, ILogger logger)
    {
        _remote = socket.RemoteEndPoint;
        _clientHost = _remote is IPEndPoint ip ? "/" + (ip.Address.IsIPv4MappedToIPv6 ? ip.Address.MapToIPv4() : ip.Address) : "";
        _stream = new NetworkStream(socket, ownsSocket: true);
        _input = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        _output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));
        _broker = broker;
        _dispatcher = dispatcher;
        _maxRequestBytes = maxRequestBytes;
        _queued = queued;
        _logger = logger;
    }

    /// <summary>How long the connection has had no request to read or answer; zero while one is in progress.</summary>
    public TimeSpan IdleTime => Volatile.Read(ref _inFlight) > 0
        ? TimeSpan.Zero
        : TimeSpan.FromMilliseconds(Environment.TickCount64 - Volatile.Read(ref _lastActivity));

    /// <summary>Serves the connection until the client closes it, it breaks the protocol or <see cref="Close"/> is called.</summary>
    public async Task RunAsync()
    {
        var writing = WriteResponsesAsync();
        try
        {
            await ReadRequestsAsync();
        }
        catch (Exception exception)
        {
            Log(exception);
            Close();
        }
        finally
        {
            _responses.Writer.TryComplete();
            _queued.Release(_received);
        }

        await writing;
    }

    /// <summary>Closes the connection at once, dropping responses not yet sent (idle timeout, listener stopping).</summary>
    public void Close() => _closing.Cancel();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _input.CompleteAsync();
        await _output.CompleteAsync();
        // _closing stays undisposed: the listener may still call Close on a connection it is about to forget.
        await _stream.DisposeAsync();
    }

    private async Task ReadRequestsAsync()
    {
        var admitted = false;
        while (true)
        {
            if (!admitted)
            {
                await _queued.WaitBelowLimitAsync(_closing.Token);
                admitted = true;
            }

            var result = await _input.ReadAsync(_closing.Token);
            var buffer = result.Buffer;
            _queued.Add(buffer.Length - _received);
            _received = buffer.Length;
            try
            {
                while (TryTakeFrame(ref buffer, out var frame))
                {
                    // The frame holds its bytes now; the next request must be admitted afresh.
                    _received = buffer.Length;
                    _queued.Release(KafkaFrame.SizePrefixLength);
                    admitted = false;
                    await DispatchAsync(frame);
                }
            }
            finally
            {
                _input.AdvanceTo(buffer.Start, buffer.End);
            }

            if (result.IsCompleted)
            {
                if (!buffer.IsEmpty)
                {
                    throw new KafkaProtocolException($"The connection ended inside a frame ({buffer.Length} bytes of it received)");
                }

                _logger.ConnectionClosed(_remote, "the client closed it");
                return;
            }
        }
    }

    private bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, [NotNullWhen(true)] out RequestFrame? frame)
    {
        frame = null;
        if (!KafkaFrame.TryReadSize(buffer, _maxRequestBytes, out var size) || buffer.Length - KafkaFrame.SizePrefixLength < size)
        {
            return false;
        }

        frame = RequestFrame.CopyOf(buffer.Slice(KafkaFrame.SizePrefixLength, size), _queued);
        buffer = buffer.Slice(KafkaFrame.SizePrefixLength + size);
        return true;
    }

    /// <summary>Decodes the frame and starts its handler; admin changes first wait for every earlier request and are awaited.</summary>
    private async Task DispatchAsync(RequestFrame frame)
    {
        Touch();
        _running.RemoveAll(task => task.IsCompleted);
        Task<KafkaWriter?> response;
        try
        {
            var (header, handler, request) = Decode(frame);
            if (handler is null)
            {
                // A client probing a newer ApiVersions gets our ranges in v0, whatever it sent, and tries again.
                frame.Dispose();
                response = Task.FromResult<KafkaWriter?>(Frame(header.CorrelationId, 0, ApiVersionsHandler.UnsupportedVersion(_dispatcher.ServedApis)));
            }
            else if (handler.WaitsForEarlierRequests)
            {
                await Task.WhenAll(_running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                response = HandleAsync(handler, header, request!, frame);
                await ((Task)response).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            else
            {
                response = HandleAsync(handler, header, request!, frame);
            }
        }
        catch
        {
            frame.Dispose();
            throw;
        }

        _running.Add(response);
        Interlocked.Increment(ref _inFlight);
        await _responses.Writer.WriteAsync(response, _closing.Token);
    }

    /// <summary>
    /// The frame's header, handler and body; no handler (nor body) for an ApiVersions version we do not serve, which
    /// is answered rather than refused. Throws <see cref="KafkaProtocolException"/> for anything that must close the
    /// connection: a malformed frame, an API not served, a version outside its range.
    /// </summary>
    private (RequestHeader Header, IKafkaRequestHandler? Handler, IKafkaRequest? Request) Decode(RequestFrame frame)
    {
        var reader = new KafkaReader(frame.Memory);
        var header = RequestHeader.Read(ref reader);
        if (header.ApiKey == ApiKey.ApiVersions && !SupportedApis.IsSupported(header.ApiKey, header.ApiVersion))
        {
            return (header, null, null);
        }

        if (!_dispatcher.TryGetHandler(header.ApiKey, out var handler))
        {
            throw new KafkaProtocolException($"API key {(short)header.ApiKey} (v{header.ApiVersion}) is not served");
        }

        return (header, handler, KafkaRequests.ReadBody(ref reader, header));
    }

    private async Task<KafkaWriter?> HandleAsync(IKafkaRequestHandler handler, RequestHeader header, IKafkaRequest request, RequestFrame frame)
    {
        try
        {
            var response = await handler.HandleAsync(request, new KafkaRequestContext(header, _broker, _dispatcher.ServedApis, _appendOrder, _clientHost));
            return response is null ? null : Frame(header.CorrelationId, header.ApiVersion, response);
        }
        finally
        {
            frame.Dispose();
        }
    }

    private static KafkaWriter Frame(int correlationId, short apiVersion, IKafkaResponse response)
    {
        var writer = new KafkaWriter { SpliceFrom = SpliceBytesFrom };
        KafkaFrame.WriteResponse(writer, correlationId, apiVersion, response);
        return writer;
    }

    /// <summary>Writes each response once it and every earlier one are ready, flushing when none more is ready.</summary>
    private async Task WriteResponsesAsync()
    {
        try
        {
            await foreach (var pending in _responses.Reader.ReadAllAsync(_closing.Token))
            {
                using (var response = await pending)
                {
                    if (response is not null)
                    {
                        await WriteAsync(response);
                    }
                }

                Interlocked.Decrement(ref _inFlight);
                Touch();
                if (!_responses.Reader.TryPeek(out var next) || !next.IsCompleted)
                {
                    await _output.FlushAsync(_closing.Token);
                }
            }
        }
        catch (Exception exception)
        {
            Log(exception);
            Close();
        }
    }

    /// <summary>A small response joins the pipe's buffer; one with spliced records follows what the pipe holds straight onto the socket.</summary>
    private async ValueTask WriteAsync(KafkaWriter response)
    {
        if (response.TotalLength == response.Length)
        {
            _output.Write(response.WrittenSpan);
            return;
        }

        await _output.FlushAsync(_closing.Token);
        await response.WriteToAsync(_stream, _closing.Token);
    }

    private void Touch() => Volatile.Write(ref _lastActivity, Environment.TickCount64);

    private void Log(Exception exception)
    {
        switch (exception)
        {
            case KafkaProtocolException:
                _logger.MalformedRequest(_remote, exception.Message);
                break;
            case OperationCanceledException:
                _logger.ConnectionClosed(_remote, "closed by the broker (idle, or the listener stopping)");
                break;
            case IOException or SocketException or ObjectDisposedException:
                _logger.ConnectionClosed(_remote, exception.Message);
                break;
            default:
                _logger.RequestFailed(_remote, exception);
                break;
        }
    }
}
