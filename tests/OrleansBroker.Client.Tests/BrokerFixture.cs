namespace OrleansBroker.Client.Tests;

/// <summary>The broker with default settings, as <c>dotnet run --project src/OrleansBroker.Silo</c> starts it.</summary>
public sealed class BrokerFixture : SdkClusterFixture;
