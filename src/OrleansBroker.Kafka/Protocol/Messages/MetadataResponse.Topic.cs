namespace OrleansBroker.Kafka.Protocol.Messages;

/// <summary>The topics and partitions of a Metadata response.</summary>
public sealed partial class MetadataResponse
{
    /// <summary>A topic with its partitions, or the error that stopped describing it.</summary>
    public sealed class Topic : IKafkaWritable, IKafkaReadable<Topic>
    {
        /// <summary>0, or why the topic is missing (3: unknown topic, 17: invalid name, ...).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The topic's name.</summary>
        public string Name { get; set; } = "";

        /// <summary>Whether the topic is internal, like __consumer_offsets (v1+).</summary>
        public bool IsInternal { get; set; }

        /// <summary>The topic's partitions.</summary>
        public IReadOnlyList<Partition> Partitions { get; set; } = [];

        /// <summary>Bit field of operations the client may perform on the topic (v8+).</summary>
        public int TopicAuthorizedOperations { get; set; } = AuthorizedOperationsOmitted;

        /// <inheritdoc/>
        public static Topic Read(ref KafkaReader reader, short version)
        {
            var topic = new Topic
            {
                ErrorCode = reader.ReadInt16("Topic.ErrorCode"),
                Name = reader.ReadString("Topic.Name"),
            };
            if (version >= 1)
            {
                topic.IsInternal = reader.ReadBoolean("Topic.IsInternal");
            }

            topic.Partitions = reader.ReadArray<Partition>("Topic.Partitions", version);
            if (version >= 8)
            {
                topic.TopicAuthorizedOperations = reader.ReadInt32("Topic.TopicAuthorizedOperations");
            }

            return topic;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt16(ErrorCode);
            writer.WriteString(Name);
            if (version >= 1)
            {
                writer.WriteBoolean(IsInternal);
            }

            writer.WriteArray(Partitions, version);
            if (version >= 8)
            {
                writer.WriteInt32(TopicAuthorizedOperations);
            }
        }
    }

    /// <summary>A partition: its leader and replicas, by node id.</summary>
    public sealed class Partition : IKafkaWritable, IKafkaReadable<Partition>
    {
        /// <summary>0, or the partition's error (e.g. 5: leader not available).</summary>
        public short ErrorCode { get; set; }

        /// <summary>The partition's index.</summary>
        public int PartitionIndex { get; set; }

        /// <summary>The node id of the leader, which serves produce and fetch; -1 when none.</summary>
        public int LeaderId { get; set; }

        /// <summary>The leader's epoch, -1 when unknown (v7+). Clients send it back to detect stale leaders.</summary>
        public int LeaderEpoch { get; set; } = -1;

        /// <summary>The node ids of every replica.</summary>
        public IReadOnlyList<int> ReplicaNodes { get; set; } = [];

        /// <summary>The node ids of the in-sync replicas.</summary>
        public IReadOnlyList<int> IsrNodes { get; set; } = [];

        /// <summary>The node ids of offline replicas (v5+).</summary>
        public IReadOnlyList<int> OfflineReplicas { get; set; } = [];

        /// <inheritdoc/>
        public static Partition Read(ref KafkaReader reader, short version)
        {
            var partition = new Partition
            {
                ErrorCode = reader.ReadInt16("Partition.ErrorCode"),
                PartitionIndex = reader.ReadInt32("Partition.PartitionIndex"),
                LeaderId = reader.ReadInt32("Partition.LeaderId"),
            };
            if (version >= 7)
            {
                partition.LeaderEpoch = reader.ReadInt32("Partition.LeaderEpoch");
            }

            partition.ReplicaNodes = reader.ReadInt32Array("Partition.ReplicaNodes");
            partition.IsrNodes = reader.ReadInt32Array("Partition.IsrNodes");
            if (version >= 5)
            {
                partition.OfflineReplicas = reader.ReadInt32Array("Partition.OfflineReplicas");
            }

            return partition;
        }

        /// <inheritdoc/>
        public void Write(KafkaWriter writer, short version)
        {
            writer.WriteInt16(ErrorCode);
            writer.WriteInt32(PartitionIndex);
            writer.WriteInt32(LeaderId);
            if (version >= 7)
            {
                writer.WriteInt32(LeaderEpoch);
            }

            writer.WriteInt32Array(ReplicaNodes);
            writer.WriteInt32Array(IsrNodes);
            if (version >= 5)
            {
                writer.WriteInt32Array(OfflineReplicas);
            }
        }
    }
}
