using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Client.Internal;

/// <summary>
/// The lifetime of the client's private host: started and stopped only by <see cref="BrokerClient"/>. The default
/// (console) lifetime would stop the connection on Ctrl+C or SIGTERM behind the application's back, in the middle of
/// its own shutdown (a producer's last flush, a consumer's final report).
/// </summary>
internal sealed class SignalFreeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
