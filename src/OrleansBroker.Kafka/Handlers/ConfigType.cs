namespace OrleansBroker.Kafka.Handlers;

/// <summary>Kafka's config types, as DescribeConfigs v3 numbers them.</summary>
public enum ConfigType : sbyte
{
    /// <summary>true or false.</summary>
    Boolean = 1,

    /// <summary>Text.</summary>
    String = 2,

    /// <summary>A 32-bit number.</summary>
    Int = 3,

    /// <summary>A 16-bit number.</summary>
    Short = 4,

    /// <summary>A 64-bit number.</summary>
    Long = 5,
}
