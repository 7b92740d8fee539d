using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OrleansBroker.Silo.Hosting;

// One broker silo with localhost clustering: logs and grain state on local disk (Broker:DataDirectory),
// silo and gateway ports from Orleans:Endpoints:SiloPort / GatewayPort (11111 / 30000).
var builder = Host.CreateApplicationBuilder(args);
var siloPort = builder.Configuration.GetValue("Orleans:Endpoints:SiloPort", 11111);
var gatewayPort = builder.Configuration.GetValue("Orleans:Endpoints:GatewayPort", 30000);
builder.UseOrleans(silo => silo
    .UseLocalhostClustering(siloPort, gatewayPort)
    .AddBroker(builder.Configuration));

await builder.Build().RunAsync();
