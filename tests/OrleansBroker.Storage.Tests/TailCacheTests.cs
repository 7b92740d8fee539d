using OrleansBroker.Storage.AzureBlob;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// TailCache on its own, with a capacity of 100 bytes: it serves reads that lie wholly in the newest bytes appended to
/// one file and declines the rest; past its capacity it keeps the newest half; appends to another file, or that do not
/// continue the cached bytes, start it over; forgetting a file empties it.
/// </summary>
public sealed class TailCacheTests
{
    private readonly TailCache _cache = new(100);
    private readonly object _file = new();
    private readonly byte[] _written = [.. Enumerable.Range(0, 200).Select(i => (byte)i)];

    [Fact]
    public void TryRead_WithinTheAppendedBytes_CopiesThem()
    {
        Append(0, 60);
        Append(60, 30);

        Assert.Equal(_written[10..90], Read(10, 80));
        Assert.Null(Read(80, 11));
        Assert.Null(Read(0, 91));
    }

    [Fact]
    public void Append_PastCapacity_KeepsTheNewestHalf()
    {
        Append(0, 60);
        Append(60, 30);
        Append(90, 20);

        Assert.Equal(_written[60..110], Read(60, 50));
        Assert.Null(Read(59, 2));
    }

    [Fact]
    public void Append_LargerThanCapacity_KeepsItsNewestHalf()
    {
        Append(0, 150);

        Assert.Equal(_written[100..150], Read(100, 50));
        Assert.Null(Read(99, 1));
    }

    [Fact]
    public void Append_OtherFileOrGap_StartsOver()
    {
        var other = new object();
        Append(0, 50);

        _cache.Append(other, 0, [_written.AsMemory(0, 10)]);
        Assert.Null(Read(0, 1));

        Append(70, 10);
        Assert.Equal(_written[70..80], Read(70, 10));
        Assert.Null(Read(49, 1));
    }

    [Fact]
    public void Forget_TheFile_EmptiesTheCache()
    {
        Append(0, 50);

        _cache.Forget(new object());
        Assert.Equal(_written[..50], Read(0, 50));
        _cache.Forget(_file);

        Assert.Null(Read(0, 1));
    }

    private void Append(int position, int length) => _cache.Append(_file, position, [_written.AsMemory(position, length)]);

    private byte[]? Read(int position, int length)
    {
        var buffer = new byte[length];
        return _cache.TryRead(_file, buffer, position) ? buffer : null;
    }
}
