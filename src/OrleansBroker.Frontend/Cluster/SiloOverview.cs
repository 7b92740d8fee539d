using System.Text.Json.Serialization;
using OrleansBroker.Abstractions;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>One silo of the cluster as the overview shows it.</summary>
/// <param name="BrokerId">Its broker id (<see cref="BrokerIds"/>), the number topic descriptions give as leader; null unless active.</param>
/// <param name="Name">The silo's name.</param>
/// <param name="Address">Its silo-to-silo endpoint, <c>host:port</c>.</param>
/// <param name="Id">Its address with generation (<see cref="SiloAddress.ToParsableString"/>): unique per start of the silo.</param>
/// <param name="HostName">The machine (or container) it runs on.</param>
/// <param name="GatewayPort">The port clients connect to; 0 when it has no gateway.</param>
/// <param name="Status">Its membership status.</param>
/// <param name="Health">How it is doing (<see cref="SiloHealth"/>).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastHeartbeat">When it last wrote its I-am-alive time to the membership table.</param>
/// <param name="Runtime">Its runtime statistics; null when it is not active or did not answer.</param>
/// <param name="Leads">The partitions active on it (it is their leader), by topic then partition.</param>
public sealed record SiloOverview(
    int? BrokerId,
    string Name,
    string Address,
    string Id,
    string HostName,
    int GatewayPort,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SiloStatus>))] SiloStatus Status,
    SiloHealth Health,
    DateTimeOffset StartedAt,
    DateTimeOffset LastHeartbeat,
    SiloRuntime? Runtime,
    IReadOnlyList<TopicPartition> Leads);
