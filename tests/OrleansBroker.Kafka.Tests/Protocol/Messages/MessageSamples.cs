namespace OrleansBroker.Kafka.Tests.Protocol.Messages;

/// <summary>
/// Sample messages with a non-default value in every field a version has, written down from Kafka's message
/// definitions independently of the codec. A field is set when <see cref="In"/> says the version has it, so
/// <c>Create(null)</c> sets every field of the type and <c>Create(v)</c> exactly those of version v.
/// </summary>
public static partial class MessageSamples
{
    /// <summary>Whether <paramref name="version"/> (null: any) lies in from..to, the versions a field exists in.</summary>
    private static bool In(short? version, int from, int to = short.MaxValue) =>
        version is null || (version >= from && version <= to);

    private static ReadOnlyMemory<byte> Bytes(params byte[] bytes) => bytes;
}
