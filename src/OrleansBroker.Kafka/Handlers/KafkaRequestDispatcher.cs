using System.Diagnostics.CodeAnalysis;
using OrleansBroker.Kafka.Protocol;

namespace OrleansBroker.Kafka.Handlers;

/// <summary>
/// Finds the handler of each API. The APIs with a handler are the ones served and advertised; the codec may know more
/// (<see cref="SupportedApis"/>), and a request for those closes the connection as an unknown API does.
/// </summary>
public sealed class KafkaRequestDispatcher
{
    private readonly Dictionary<ApiKey, IKafkaRequestHandler> _handlers;

    /// <summary>Serves the APIs of <paramref name="handlers"/>, one handler per API.</summary>
    public KafkaRequestDispatcher(IEnumerable<IKafkaRequestHandler> handlers)
    {
        _handlers = handlers.ToDictionary(handler => handler.ApiKey);
        ServedApis = [.. SupportedApis.All.Where(range => _handlers.ContainsKey(range.ApiKey))];
    }

    /// <summary>The APIs served with their version ranges, by API key: what ApiVersions advertises.</summary>
    public IReadOnlyList<ApiVersionRange> ServedApis { get; }

    /// <summary>The handler of <paramref name="apiKey"/>; false when the API is not served.</summary>
    public bool TryGetHandler(ApiKey apiKey, [NotNullWhen(true)] out IKafkaRequestHandler? handler) =>
        _handlers.TryGetValue(apiKey, out handler);
}
