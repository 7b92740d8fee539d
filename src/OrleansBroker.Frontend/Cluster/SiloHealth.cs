using System.Text.Json.Serialization;

namespace OrleansBroker.Frontend.Cluster;

/// <summary>How a silo is doing, beyond its membership status: what an operator looks at first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SiloHealth>))]
public enum SiloHealth
{
    /// <summary>Active, answering, unsuspected and not shedding load.</summary>
    Healthy,

    /// <summary>Active, but another silo has recently voted it dead: it may be about to leave the cluster.</summary>
    Suspected,

    /// <summary>Active and answering, but shedding load (Orleans' overload detection).</summary>
    Overloaded,

    /// <summary>Listed as active, but its runtime statistics could not be read in time.</summary>
    Unreachable,

    /// <summary>Not active: joining, shutting down or stopping (see its status).</summary>
    Unavailable,
}
