namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>Metadata response (key 3), v0-8: the brokers, the controller and each topic's partitions with their leaders.</summary>
public sealed partial class MetadataResponse : IKafkaResponse, IKafkaMessage<MetadataResponse>
{
    /// <summary>What Kafka sends when authorized operations were not asked for.</summary>
    public const int AuthorizedOperationsOmitted = int.MinValue;

    /// <inheritdoc/>
    public static ApiKey ApiKey => ApiKey.Metadata;

    /// <summary>How long the request was held back by a quota, in milliseconds (v3+).</summary>
    public int ThrottleTimeMs { get; set; }

    /// <summary>Every live broker: clients connect to these addresses.</summary>
    public IReadOnlyList<Broker> Brokers { get; set; } = [];

    /// <summary>The cluster's id, or null (v2+).</summary>
    public string? ClusterId { get; set; }

    /// <summary>The node id of the controller, -1 when none (v1+). Admin clients send topic changes there.</summary>
    public int ControllerId { get; set; } = -1;

    /// <summary>The topics asked for (or all), each with its error code.</summary>
    public IReadOnlyList<Topic> Topics { get; set; } = [];

    /// <summary>Bit field of cluster operations the client may perform (v8 only in our range).</summary>
    public int ClusterAuthorizedOperations { get; set; } = AuthorizedOperationsOmitted;

    /// <inheritdoc/>
    public static MetadataResponse Read(ref KafkaReader reader, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        var response = new MetadataResponse();
        if (version >= 3)
        {
            response.ThrottleTimeMs = reader.ReadInt32("ThrottleTimeMs");
        }

        response.Brokers = reader.ReadArray<Broker>("Brokers", version);
        if (version >= 2)
        {
            response.ClusterId = reader.ReadNullableString("ClusterId");
        }

        if (version >= 1)
        {
            response.ControllerId = reader.ReadInt32("ControllerId");
        }

        response.Topics = reader.ReadArray<Topic>("Topics", version);
        if (version >= 8)
        {
            response.ClusterAuthorizedOperations = reader.ReadInt32("ClusterAuthorizedOperations");
        }

        return response;
    }

    /// <inheritdoc/>
    public void Write(KafkaWriter writer, short version)
    {
        SupportedApis.EnsureSupported(ApiKey, version);
        if (version >= 3)
        {
            writer.WriteInt32(ThrottleTimeMs);
        }

        writer.WriteArray(Brokers, version);
        if (version >= 2)
        {
            writer.WriteNullableString(ClusterId);
        }

        if (version >= 1)
        {
            writer.WriteInt32(ControllerId);
        }

        writer.WriteArray(Topics, version);
        if (version >= 8)
        {
            writer.WriteInt32(ClusterAuthorizedOperations);
        }
    }

    /// <summary>A broker: its node id and the address clients reach it at.</summary>
    public sealed class Broker : IKafkaWritable, IKafkaReadable<Broker>
    {
        /// <summary>The broker's node id, as leaders and replicas name it.</summary>
        public int NodeId { get; set; }

        /// <summary>The advertised host name.</summary>
        public string Host { get; set; } = "";

        /// <summary>The advertised port.</summary>
        public int Port { get; set; }

        /// <summary>The broker's rack, or null (v1+).</summary>
        public string? Rack { get; set; }

        /// <inheritdoc/>
        public static Broker Read(ref KafkaReader reader, short version)
        {
            var broker = new Broker
            {
                NodeId = reader.ReadInt32("Broker.NodeId"),
                Host = reader.ReadString("Broker.Host"),
                Port = reader.ReadInt32("Broker.Port"),
            };
            if (version >= 1)
            {
                broker.Rack = reader.ReadNullableString("Broker.Rack");
            }

            return broker;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt32(NodeId);
            writer.WriteString(Host);
            writer.WriteInt32(Port);
            if (version >= 1)
            {
                writer.WriteNullableString(Rack);
            }
        }
    }
}
