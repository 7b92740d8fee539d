using OrleansBroker.Cli;

// obk: Kafka's topic, console producer and console consumer scripts for OrleansBroker.
return await ObkApplication.RunAsync(args);
