using System.Text;
using OrleansBroker.Records;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// The Kafka node id of a silo without <c>Broker:Kafka:NodeId</c>: the CRC-32C of its silo endpoint (IP and silo port),
/// made non-negative. It stays the same across restarts as long as the silo keeps its address, and silos of one
/// cluster differ in address, so in practice in id; set <c>NodeId</c> for small, chosen numbers.
/// </summary>
public static class KafkaNodeIds
{
    /// <summary>The default node id of the silo at <paramref name="silo"/>.</summary>
    public static int Default(SiloAddress silo) =>
        (int)(Crc32C.Compute(Encoding.UTF8.GetBytes(silo.Endpoint.ToString())) & int.MaxValue);
}
