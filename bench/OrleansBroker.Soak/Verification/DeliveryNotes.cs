using OrleansBroker.Client;

namespace OrleansBroker.Soak.Verification;

/// <summary>How the scenarios' producers note each record's outcome, the same way whatever their pacing.</summary>
internal static class DeliveryNotes
{
    /// <summary>
    /// Sends record <paramref name="id"/> by <paramref name="send"/> (a send that throws at once counts as failed too) and waits for its delivery;
    /// <paramref name="sent"/> is its Stopwatch time:
    /// an acknowledgement goes into the ledger and the recovery clock; a failure is counted and returned.
    /// </summary>
    public static async Task<Exception?> NoteAsync<TKey>(this AckLedger ledger, RecordId id, long sent, Func<Task<DeliveryResult<TKey, byte[]>>> send, PartitionRecovery recovery)
    {
        try
        {
            var result = await send();
            ledger.Acknowledge(id, result.Partition, result.Offset);
            recovery.Acknowledged(result.Partition, sent);
            return null;
        }
        catch (Exception e)
        {
            ledger.Fail();
            return e;
        }
    }
}
