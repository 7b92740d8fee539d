namespace OrleansBroker.Storage.Log;

/// <summary>
/// A segment holds bytes that are not the batch they should be (damaged on disk): thrown by a read that reaches them
/// so that <see cref="PartitionLog"/> reports it once per segment and answers KAFKA_STORAGE_ERROR rather than serving
/// them. Never leaves the storage layer. The message names the file, the byte, the offset and what is wrong.
/// </summary>
internal sealed class CorruptSegmentException(string path, long position, long offset, string problem)
    : Exception($"segment {path} is corrupt at byte {position}, where the batch of offset {offset} should start ({problem})");
