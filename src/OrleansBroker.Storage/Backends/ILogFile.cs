namespace OrleansBroker.Storage.Backends;

/// <summary>
/// An append-only file of a log: written only at its end by one writer, read anywhere by many readers.
/// </summary>
public interface ILogFile : IDisposable
{
    /// <summary>The file's name in its directory.</summary>
    string Name { get; }

    /// <summary>Bytes in the file, including those a <see cref="LogFileKind.Index"/> file holds until flushed.</summary>
    long Length { get; }

    /// <summary>Reads up to <paramref name="buffer"/>'s length from <paramref name="position"/>; returns the count, 0 at the end.</summary>
    int Read(Span<byte> buffer, long position);

    /// <summary>
    /// Appends <paramref name="data"/> as one write at <paramref name="position"/>, which must be <see cref="Length"/>.
    /// A shared backend fails when another writer has moved the end, so a stale owner cannot interleave bytes.
    /// On failure the file may hold part of the data past <paramref name="position"/>; the caller truncates it.
    /// </summary>
    void Write(IReadOnlyList<ReadOnlyMemory<byte>> data, long position);

    /// <summary>
    /// True when one more <see cref="Write"/> of <paramref name="bytes"/> bytes (in any number of buffers) stays within
    /// the file's limits. A backend that limits the number of appends to a file (an Azure append blob takes 50,000
    /// blocks) answers false as the file nears it, and the log rolls a new segment first; local disk is never full.
    /// </summary>
    bool HasRoomFor(long bytes);

    /// <summary>Cuts the file to <paramref name="length"/> bytes.</summary>
    void Truncate(long length);

    /// <summary>Makes every byte written so far durable (fsync; or writes what an index file holds back).</summary>
    void Flush();

    /// <summary>
    /// The file gets no more writes (its segment is sealed): a backend may let go of what writing holds, such as a
    /// local file's handle, so that a partition's old segments do not use up the process's file descriptors. Reads,
    /// <see cref="Flush"/> and <see cref="Delete"/> keep working.
    /// </summary>
    void Seal()
    {
    }

    /// <summary>
    /// Removes the file from its directory now; reads through this instance keep working until it is disposed
    /// (a shared backend may defer the removal to then).
    /// </summary>
    void Delete();
}
