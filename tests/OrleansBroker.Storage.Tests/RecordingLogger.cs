using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrleansBroker.Storage.Tests;

/// <summary>An <see cref="ILogger"/> that keeps the events logged, so tests can see what recovery did and what it said.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(string Name, string Text)> _events = new();

    /// <summary>The event names (the LogMessages method names) in the order they were logged.</summary>
    public IReadOnlyList<string> Events => [.. _events.Select(logged => logged.Name)];

    /// <summary>The events as "level: message", in the order they were logged.</summary>
    public IReadOnlyList<string> Messages => [.. _events.Select(logged => logged.Text)];

    public void Clear() => _events.Clear();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _events.Enqueue((eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{logLevel}: {formatter(state, exception)}"));
}
