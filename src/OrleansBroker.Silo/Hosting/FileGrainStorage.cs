using System.Buffers.Binary;
using System.Globalization;
using Orleans.Storage;

namespace OrleansBroker.Silo.Hosting;

/// <summary>
/// Grain storage in a local directory, one file per grain and state name: <c>{root}/{state}/{grain id}.state</c>.
/// File layout: version int64 little-endian, then the state in Orleans' binary serialization. The ETag is the
/// version; a write with a stale ETag fails with <see cref="InconsistentStateException"/>. Writes go to a temporary
/// file, are fsynced, then renamed over the old one, so a crash leaves the old state or the new, never a mix.
/// </summary>
public sealed class FileGrainStorage(string rootDirectory, IGrainStorageSerializer serializer) : IGrainStorage
{
    private const int VersionBytes = sizeof(long);

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (version, payload) = await ReadAsync(PathFor(stateName, grainId));
        grainState.RecordExists = payload is not null;
        grainState.ETag = payload is null ? null : ETag(version);
        if (payload is not null)
        {
            grainState.State = serializer.Deserialize<T>(new BinaryData(payload));
        }
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathFor(stateName, grainId);
        var version = await CheckETagAsync(path, grainId, grainState.ETag) + 1;
        var data = serializer.Serialize(grainState.State).ToMemory();
        var buffer = new byte[VersionBytes + data.Length];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, version);
        data.Span.CopyTo(buffer.AsSpan(VersionBytes));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await stream.WriteAsync(buffer);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        grainState.ETag = ETag(version);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathFor(stateName, grainId);
        await CheckETagAsync(path, grainId, grainState.ETag);
        File.Delete(path);
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private string PathFor(string stateName, GrainId grainId) =>
        Path.Combine(rootDirectory, Uri.EscapeDataString(stateName), Uri.EscapeDataString(grainId.ToString()) + ".state");

    private static async Task<long> CheckETagAsync(string path, GrainId grainId, string? expected)
    {
        var (version, payload) = await ReadAsync(path);
        var stored = payload is null ? null : ETag(version);
        if (stored != expected)
        {
            throw new InconsistentStateException($"State of {grainId} was changed by another writer (stored version {stored ?? "none"}, expected {expected ?? "none"}).", stored, expected);
        }

        return version;
    }

    private static async Task<(long Version, byte[]? Payload)> ReadAsync(string path)
    {
        if (!File.Exists(path))
        {
            return (0, null);
        }

        var bytes = await File.ReadAllBytesAsync(path);
        return (BinaryPrimitives.ReadInt64LittleEndian(bytes), bytes[VersionBytes..]);
    }

    private static string ETag(long version) => version.ToString(CultureInfo.InvariantCulture);
}
