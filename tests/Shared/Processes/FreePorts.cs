using System.Net;
using System.Net.Sockets;

namespace OrleansBroker.Testing.Processes;

/// <summary>
/// Loopback ports nothing listens on. Orleans binds with address reuse, so a second silo on a taken port would not
/// fail: the tests must never hand out the same port twice.
/// </summary>
public static class FreePorts
{
    private static readonly HashSet<int> Given = [];

    /// <summary>A port the system had free just now and that no other test has been given.</summary>
    public static int Next()
    {
        lock (Given)
        {
            while (true)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (Given.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
