using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrleansBroker.Client.Tests.Producing;

/// <summary>A broker whose silo loses the answers of the appends a test arms <see cref="LostAnswers"/> for.</summary>
public sealed class LostAnswersFixture : SdkClusterFixture
{
    /// <summary>The silo's filter.</summary>
    public LostAnswers LostAnswers { get; } = new();

    /// <inheritdoc />
    protected override void ConfigureSiloHost(IHostApplicationBuilder host) =>
        host.Services.AddSingleton<IIncomingGrainCallFilter>(LostAnswers);
}
