using OrleansBroker.Frontend.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBrokerFrontend();

var app = builder.Build();
app.MapBrokerFrontend();
app.Run();
