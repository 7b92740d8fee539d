using OrleansBroker.Cli;

// obk: Kafka's topic, console producer, console consumer and consumer group scripts for OrleansBroker.
return await ObkApplication.RunAsync(args);
