namespace OrleansBroker.Storage.Tests;

/// <summary>
/// A closed partition log: every later call fails with ObjectDisposedException (a read at the log end included)
/// rather than answering from closed files or waiting forever, and closing twice is harmless.
/// </summary>
public abstract class PartitionLogDisposeTests(LogBackend backend) : LogTestBase(backend)
{
    private static readonly Dictionary<string, Action<PartitionLog>> Calls = new()
    {
        ["Read"] = log => log.Read(0, int.MaxValue),
        ["ReadAtLogEnd"] = log => log.Read(3, int.MaxValue),
        ["OffsetForTimestamp"] = log => log.OffsetForTimestamp(0),
        ["Append"] = log => log.AppendRecords(1),
        ["ApplyRetention"] = log => log.ApplyRetention(),
        ["DeleteRecordsBefore"] = log => log.DeleteRecordsBefore(1),
        ["Flush"] = log => log.Flush(),
    };

    public static TheoryData<string> CallNames => [.. Calls.Keys];

    [Theory]
    [MemberData(nameof(CallNames))]
    public void Call_AfterDispose_ThrowsObjectDisposed(string call)
    {
        var log = Open();
        log.AppendRecords(3);
        log.Dispose();
        log.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Calls[call](log));
    }

    /// <summary>The tests on local files.</summary>
    public sealed class FileTests() : PartitionLogDisposeTests(new FileBackend());

    /// <summary>The tests on Azure Blob storage (Azurite).</summary>
    public sealed class AzureBlobTests(AzuriteEmulator azurite) : PartitionLogDisposeTests(new AzureBlobBackend(azurite));
}
