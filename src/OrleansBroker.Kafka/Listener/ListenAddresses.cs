using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Kafka.Listener;

/// <summary>What <see cref="KafkaListenerOptions.Host"/> means: the addresses to bind and the host name to advertise.</summary>
internal static class ListenAddresses
{
    private const string Localhost = "localhost";
    private const string Everywhere = "*";

    /// <summary>The addresses to listen on, the one that must succeed first.</summary>
    public static IReadOnlyList<IPAddress> Resolve(string host)
    {
        if (string.Equals(host, Localhost, StringComparison.OrdinalIgnoreCase))
        {
            // Clients resolve localhost to either family; listening on both spares them a refused first attempt.
            return Socket.OSSupportsIPv6 ? [IPAddress.Loopback, IPAddress.IPv6Loopback] : [IPAddress.Loopback];
        }

        if (host == Everywhere)
        {
            return [Socket.OSSupportsIPv6 ? IPAddress.IPv6Any : IPAddress.Any];
        }

        return IPAddress.TryParse(host, out var address) ? [address] : Dns.GetHostAddresses(host);
    }

    /// <summary>The host to advertise when none is configured: the one listened on, or the machine's name for every interface.</summary>
    public static string DefaultAdvertisedHost(string host) =>
        host == Everywhere || (IPAddress.TryParse(host, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
            ? Dns.GetHostName()
            : host;
}
