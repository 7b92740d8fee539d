using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansBroker.Abstractions.Kafka;
using OrleansBroker.Kafka.Handlers;

namespace OrleansBroker.Kafka.Listener;

/// <summary>
/// The silo's Kafka broker endpoint: accepts TCP connections on the configured addresses and serves each on its own
/// <see cref="KafkaConnection"/>, for as many connections as clients open. Closes connections idle longer than
/// <see cref="KafkaListenerOptions.ConnectionsMaxIdleMs"/>. Whatever a client sends ends at most its own connection, and
/// all connections together hold at most <see cref="KafkaListenerOptions.QueuedMaxRequestBytes"/> (plus one request) of
/// requests read but not yet handled.
/// </summary>
public sealed class KafkaListener(IOptions<KafkaListenerOptions> options, KafkaRequestDispatcher dispatcher, ILogger<KafkaListener> logger)
    : IAsyncDisposable
{
    private readonly KafkaListenerOptions _options = options.Value;
    private readonly QueuedRequestBytes _queued = new(options.Value.QueuedMaxRequestBytes);
    private readonly ConcurrentDictionary<KafkaConnection, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Socket> _sockets = [];
    private readonly List<Task> _loops = [];
    private KafkaBroker? _broker;

    /// <summary>This broker as clients see it: node id and advertised address. Known once started.</summary>
    public KafkaBroker Broker => _broker ?? throw new InvalidOperationException("The Kafka listener has not been started.");

    /// <summary>
    /// Bytes of requests read (or being read) and not yet handled, across all connections: what
    /// <see cref="KafkaListenerOptions.QueuedMaxRequestBytes"/> bounds.
    /// </summary>
    public long QueuedRequestBytes => _queued.Held;

    /// <summary>The addresses listened on, with the actual port.</summary>
    public IReadOnlyList<IPEndPoint> EndPoints => [.. _sockets.Select(socket => (IPEndPoint)socket.LocalEndPoint!)];

    /// <summary>
    /// Binds the configured addresses (the first must succeed; further ones, like IPv6 loopback, are taken if free on
    /// the same port) and starts accepting, as broker <paramref name="nodeId"/>; returns the broker to advertise.
    /// </summary>
    public KafkaBroker Start(int nodeId)
    {
        var port = _options.Port;
        foreach (var address in ListenAddresses.Resolve(_options.Host))
        {
            if (Bind(new IPEndPoint(address, port), required: _sockets.Count == 0) is { } socket)
            {
                _sockets.Add(socket);
                port = ((IPEndPoint)socket.LocalEndPoint!).Port;
            }
        }

        _broker = new KafkaBroker(nodeId, _options.AdvertisedHost ?? ListenAddresses.DefaultAdvertisedHost(_options.Host), _options.AdvertisedPort ?? port);
        _loops.AddRange(_sockets.Select(AcceptAsync));
        _loops.Add(CloseIdleConnectionsAsync());
        logger.Listening(nodeId, string.Join(", ", EndPoints), _broker.Host, _broker.Port);
        return _broker;
    }

    /// <summary>Stops accepting, closes every connection and waits until they have ended.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }

        foreach (var connection in _connections.Keys)
        {
            connection.Close();
        }

        await Task.WhenAll(_loops.Concat(_connections.Values));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private Socket? Bind(IPEndPoint endPoint, bool required)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endPoint.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true;
            }

            socket.Bind(endPoint);
            socket.Listen();
            return socket;
        }
        catch (SocketException exception) when (!required)
        {
            socket.Dispose();
            logger.OptionalAddressUnavailable(endPoint.Address, exception.Message);
            return null;
        }
        catch (SocketException exception)
        {
            socket.Dispose();
            throw new InvalidOperationException(
                $"The Kafka listener cannot listen on {endPoint} ({exception.Message}): choose another Broker:Kafka:Port or Broker:Kafka:Host, or set Broker:Kafka:Enabled=false.",
                exception);
        }
    }

    private async Task AcceptAsync(Socket listening)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listening.AcceptAsync(_stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // The client gave up before we accepted (ECONNABORTED and the like): take the next one.
                continue;
            }

            socket.NoDelay = true;
            var connection = new KafkaConnection(socket, Broker, dispatcher, _options.SocketRequestMaxBytes, _queued, logger);
            var started = new TaskCompletionSource();
            _connections[connection] = ServeAsync(connection, started.Task);
            started.SetResult();
        }
    }

    private async Task ServeAsync(KafkaConnection connection, Task registered)
    {
        // Wait until the connection is registered, so that removing it below cannot come first.
        await registered;
        try
        {
            await connection.RunAsync();
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            await connection.DisposeAsync();
        }
    }

    private async Task CloseIdleConnectionsAsync()
    {
        var maxIdle = TimeSpan.FromMilliseconds(_options.ConnectionsMaxIdleMs);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Clamp(_options.ConnectionsMaxIdleMs / 4, 10, 10_000)));
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                foreach (var connection in _connections.Keys.Where(connection => connection.IdleTime >= maxIdle))
                {
                    connection.Close();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The listener is stopping.
        }
    }
}
