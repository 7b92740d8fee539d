using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Internal;

/// <summary>Parses <c>--bootstrap-server</c> lists: comma-separated <c>host:port</c> Orleans gateway endpoints.</summary>
internal static class BootstrapServers
{
    public static IPEndPoint[] Parse(string servers)
    {
        var endpoints = servers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOne).ToArray();
        return endpoints.Length > 0
            ? endpoints
            : throw new BrokerException(ErrorCode.InvalidRequest, "No bootstrap server given: expected host:port[,host:port...].");
    }

    private static IPEndPoint ParseOne(string server)
    {
        var colon = server.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(server.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new BrokerException(ErrorCode.InvalidRequest, $"Bootstrap server '{server}' is not of the form host:port.");
        }

        var host = server[..colon].Trim('[', ']');
        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        try
        {
            // Orleans gateways listen on IPv4 loopback by default; prefer IPv4 when a name resolves to both.
            var addresses = Dns.GetHostAddresses(host);
            return new IPEndPoint(addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0], port);
        }
        catch (SocketException e)
        {
            throw new BrokerException(ErrorCode.BrokerNotAvailable, $"Cannot resolve bootstrap server '{server}': {e.Message}", e);
        }
    }
}
