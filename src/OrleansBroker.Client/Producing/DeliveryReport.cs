using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>The outcome of a fire-and-forget produce, given to its delivery handler.</summary>
/// <param name="Result">Where the record landed; null when it failed.</param>
/// <param name="Error">Why it failed; null when it was delivered.</param>
public sealed record DeliveryReport<TKey, TValue>(DeliveryResult<TKey, TValue>? Result, BrokerException? Error);
