using Microsoft.Extensions.Logging;

namespace OrleansBroker.Storage.AzureBlob;

/// <summary>The Azure Blob backend's log messages.</summary>
internal static partial class BlobLogMessages
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Azure Blob log file {Blob}: could not {Action} when closing it.")]
    public static partial void CloseFailed(ILogger logger, string blob, string action, Exception exception);
}
