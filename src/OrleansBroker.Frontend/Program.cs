using OrleansBroker.Frontend.Api;
using OrleansBroker.Frontend.Hosting;
using OrleansBroker.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddBrokerFrontend();

var app = builder.Build();
app.MapOpenApi();
app.MapTopicsApi();
app.MapDefaultEndpoints();
app.Run();
