namespace OrleansBroker.Storage.Backends;

/// <summary>
/// Another writer has appended to a log file this one was writing: the partition has a new owner (after a
/// failover), and this copy of the log must stop writing and be closed.
/// </summary>
public sealed class LogFencedException(string message, Exception? innerException = null) : IOException(message, innerException);
