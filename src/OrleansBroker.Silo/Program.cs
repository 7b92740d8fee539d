using Microsoft.AspNetCore.Builder;
using OrleansBroker.ServiceDefaults;
using OrleansBroker.Silo.Hosting;

// One broker silo. Standalone unless Orleans:Clustering:ProviderType is configured (the AppHost and Azure set it):
// see BrokerSiloHostExtensions.AddBrokerSilo.
var builder = WebApplication.CreateBuilder(args);
builder.AddBrokerSilo();

var app = builder.Build();
app.MapDefaultEndpoints();
await app.RunAsync();
