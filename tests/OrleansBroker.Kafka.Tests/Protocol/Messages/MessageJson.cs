using System.Text.Json;
using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>Compares messages field by field, nested structures and bytes included, by their JSON form.</summary>
public static class MessageJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of(IKafkaMessage message) => JsonSerializer.Serialize(message, message.GetType(), Options);
}
