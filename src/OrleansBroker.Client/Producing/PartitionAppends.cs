using System.Diagnostics;
using Orleans.Runtime.Messaging;
using OrleansBroker.Abstractions.Partitions;
using OrleansBroker.Client.Internal;
using OrleansBroker.Records;

namespace OrleansBroker.Client.Producing;

/// <summary>
/// Appends one batch to its partition grain, sending the same bytes again, pausing a little longer each time (up to
/// <see cref="MaxBackoff"/>), while the failure allows it and the batch's delivery.timeout.ms has not passed — as
/// Kafka's producer retries until its delivery timeout. Always when the call could not leave this client (its gateway
/// had just gone, as when a silo dies): nothing was written. For an idempotent producer, also when the answer was lost
/// (a timeout, a silo failing mid-call, the call's gateway connection closing, see <see cref="GatewayLossSignal"/>, no
/// answer within request.timeout.ms) or
/// the broker answered a <see cref="RetriableErrors">retriable error</see>: the batch may be stored already, and the
/// partition, recognising its producer id and sequence, acknowledges such a copy with the original offset instead of
/// storing it twice. The broker's other refusals (a <see cref="BrokerException"/>) are final.
/// </summary>
internal static class PartitionAppends
{
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Sends <paramref name="batch"/> to <paramref name="grain"/>; <paramref name="idempotent"/> when its producer numbers
    /// its batches, and then waits at most <paramref name="requestTimeout"/> for each answer; no retry starts after
    /// <paramref name="deadline"/> (a <see cref="Stopwatch"/> timestamp).
    /// </summary>
    public static async Task<SendResult> AppendAsync(IPartitionGrain grain, byte[] batch, bool idempotent, TimeSpan requestTimeout, long deadline, GatewayLossSignal gatewayLoss)
    {
        var answerLost = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Only a call that may be repeated stops waiting early; otherwise it waits for its answer.
                var gatewayLost = gatewayLoss.Token;
                var append = grain.AppendAsync(batch);
                var answer = idempotent ? await append.WaitAsync(requestTimeout, gatewayLost) : await append;
                return new SendResult(answer, null, false);
            }
            catch (BrokerException e) when (!RetriableErrors.IsRetriable(e))
            {
                // Had an earlier attempt been stored, this one would have been acknowledged as its copy.
                return new SendResult(default, e, false);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException or BrokerException or OperationCanceledException)
            {
                answerLost |= e is not ConnectionFailedException;
                if ((answerLost && !idempotent) || Stopwatch.GetTimestamp() >= deadline)
                {
                    return new SendResult(default, e, answerLost);
                }

                await Task.Delay(Backoff * attempt < MaxBackoff ? Backoff * attempt : MaxBackoff);
            }
            catch (Exception e)
            {
                return new SendResult(default, e, true);
            }
        }
    }
}
