using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrleansBroker.Testing;

/// <summary>
/// A logger provider keeping every error a silo logs, and every warning of the Kafka listener that a request failed
/// inside the broker, so a test can prove that hostile input (through the listener, the gateway or the SDK) made the
/// broker fail nowhere inside.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    // The listener's warnings for a request that failed inside the broker (KafkaLogMessages 705, 706).
    private static readonly int[] BrokerFailureEvents = [705, 706];

    private readonly ConcurrentQueue<string> _failures = new();

    /// <summary>Every error, and every listener warning of a request failing inside the broker, as text with its exception.</summary>
    public IReadOnlyList<string> Failures => [.. _failures];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _failures);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> failures) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error || (logLevel == LogLevel.Warning && BrokerFailureEvents.Contains(eventId.Id) && category.StartsWith("OrleansBroker", StringComparison.Ordinal)))
            {
                failures.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)} {exception}");
            }
        }
    }
}
