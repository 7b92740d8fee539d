namespace OrleansBroker.Storage.Backends;

/// <summary>Reads that must fill their buffer.</summary>
internal static class LogFileExtensions
{
    /// <summary>Fills <paramref name="buffer"/> from <paramref name="position"/>; throws when the file ends first.</summary>
    public static void ReadExactly(this ILogFile file, Span<byte> buffer, long position)
    {
        while (!buffer.IsEmpty)
        {
            var read = file.Read(buffer, position);
            if (read == 0)
            {
                throw new IOException($"Log file {file.Name} ended at byte {position}, before the {buffer.Length} bytes expected there.");
            }

            buffer = buffer[read..];
            position += read;
        }
    }
}
