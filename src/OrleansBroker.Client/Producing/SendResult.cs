using OrleansBroker.Abstractions.Partitions;

namespace OrleansBroker.Client.Producing;

/// <summary>How sending one batch ended.</summary>
/// <param name="Response">Where the batch is stored; default when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the batch is not known to be stored, or null when it is.</param>
/// <param name="Unresolved">True when, despite <paramref name="Error"/>, the batch may have been stored: an answer was lost.</param>
internal readonly record struct SendResult(ProduceResponse Response, Exception? Error, bool Unresolved);
