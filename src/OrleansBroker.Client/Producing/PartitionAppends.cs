using Orleans.Runtime.Messaging;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Appends one batch to its partition grain, sending the same bytes again (up to <see cref="Attempts"/> times, pausing
/// a little longer each time) while the failure allows it. Always when the call could not leave this client (its
/// gateway had just gone, as when a silo dies): nothing was written. For an idempotent producer, also when the answer
/// was lost (a timeout, a silo failing mid-call): the batch may be stored already, and the partition, recognising its
/// producer id and sequence, acknowledges such a copy with the original offset instead of storing it twice. Kafka's
/// producer retries the same way. The broker's own refusals (a <see cref="BrokerException"/>) are final.
/// </summary>
internal static class PartitionAppends
{
    /// <summary>How many times a batch is sent at most.</summary>
    public const int Attempts = 5;

    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(100);

    /// <summary>Sends <paramref name="batch"/> to <paramref name="grain"/>; <paramref name="idempotent"/> when its producer numbers its batches.</summary>
    public static async Task<SendResult> AppendAsync(IPartitionGrain grain, byte[] batch, bool idempotent)
    {
        var answerLost = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new SendResult(await grain.AppendAsync(batch), null, false);
            }
            catch (BrokerException e)
            {
                // Had an earlier attempt been stored, this one would have been acknowledged as its copy.
                return new SendResult(default, e, false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                answerLost |= e is not ConnectionFailedException;
                if (attempt == Attempts || (answerLost && !idempotent))
                {
                    return new SendResult(default, e, answerLost);
                }

                await Task.Delay(Backoff * attempt);
            }
            catch (Exception e)
            {
                return new SendResult(default, e, true);
            }
        }
    }
}
