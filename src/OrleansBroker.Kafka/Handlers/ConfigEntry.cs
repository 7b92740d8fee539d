namespace OrleansBroker.Kafka.Handlers;

/// <summary>One setting: name, value, Kafka's type for it, and whether it has its built-in default value.</summary>
/// <param name="Name">The setting's Kafka name.</param>
/// <param name="Value">Its value as text, as Kafka shows it.</param>
/// <param name="Type">Its type (DescribeConfigs v3 ConfigType).</param>
/// <param name="IsDefault">True when nobody configured it: its built-in default.</param>
public sealed record ConfigEntry(string Name, string Value, ConfigType Type, bool IsDefault);
