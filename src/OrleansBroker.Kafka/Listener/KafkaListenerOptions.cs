namespace OrleansBroker.Kafka.Listener;

/// <summary>
/// The Kafka listener's settings, section <see cref="SectionName"/> (e.g. <c>Broker:Kafka:Port</c>), with Kafka's
/// meaning: listeners, advertised.listeners, node.id, socket.request.max.bytes, queued.max.request.bytes and
/// connections.max.idle.ms.
/// </summary>
public sealed class KafkaListenerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Broker:Kafka";

    /// <summary>Whether the silo listens for Kafka clients at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where to listen: <c>localhost</c> (the loopback addresses, IPv4 and IPv6), an IP address, or <c>*</c> for every
    /// interface.
    /// </summary>
    public string Host { get; set; } = "localhost";

    /// <summary>The TCP port; 0 lets the operating system pick a free one (tests), which is then advertised.</summary>
    public int Port { get; set; } = 9092;

    /// <summary>The host name clients are told to connect to; default <see cref="Host"/>, or the machine's name for <c>*</c>.</summary>
    public string? AdvertisedHost { get; set; }

    /// <summary>The port clients are told to connect to; default the port listened on.</summary>
    public int? AdvertisedPort { get; set; }

    /// <summary>
    /// The broker's node id (0 or more); default a number derived from the silo's address (IP and silo port), stable
    /// while the silo keeps that address.
    /// </summary>
    public int? NodeId { get; set; }

    /// <summary>socket.request.max.bytes: a request frame larger than this closes its connection.</summary>
    public int SocketRequestMaxBytes { get; set; } = 104_857_600;

    /// <summary>
    /// queued.max.request.bytes: once requests read but not yet handled hold this many bytes, across all connections,
    /// the listener reads no more until some are handled (clients are slowed by TCP flow control). Default 100 MiB.
    /// </summary>
    public long QueuedMaxRequestBytes { get; set; } = 104_857_600;

    /// <summary>connections.max.idle.ms: a connection with no request for this long, and none in progress, is closed.</summary>
    public long ConnectionsMaxIdleMs { get; set; } = 600_000;
}
