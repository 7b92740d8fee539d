using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// A client made with <see cref="BrokerGateways.UseBrokerGateways"/> tries a gateway that refused it again after
/// Kafka's reconnect.backoff.ms (50 ms) rather than Orleans' 1 s, so a running client is served as soon as a
/// restarted silo is (issue 9's cold start), and keeps the broker's cluster identity.
/// </summary>
public sealed class BrokerGatewaysTests
{
    [Fact]
    public void UseBrokerGateways_Configured_RetriesAGatewayAfterKafkasReconnectBackoff()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseBrokerGateways("localhost:30000"));
        using var host = builder.Build();

        Assert.Equal(TimeSpan.FromMilliseconds(50), host.Services.GetRequiredService<IOptions<ConnectionOptions>>().Value.ConnectionRetryDelay);
        Assert.Equal("orleans-broker", host.Services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId);
    }
}
