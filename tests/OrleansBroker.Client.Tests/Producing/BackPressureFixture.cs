using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansBroker.Testing;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>A broker whose silo holds the appends to partitions a test slows down with <see cref="SlowedAppends"/>.</summary>
public sealed class BackPressureFixture : SdkClusterFixture
{
    /// <summary>The silo's filter.</summary>
    public SlowedAppends Slowed { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) =>
        host.Services.AddSingleton<IIncomingGrainCallFilter>(Slowed);
}
