using System.Text;
using OrleansBroker.Client.Producing;

namespace OrleansBroker.Client.Tests;

/// <summary>
/// The keyed partitioner's hash is Kafka's: murmur2 gives the values of Kafka's own UtilsTest.testMurmur2
/// (apache/kafka clients/src/test/java/org/apache/kafka/common/utils/UtilsTest.java), and a key's partition is
/// toPositive(murmur2) % count as in BuiltInPartitioner.partitionForKey, masking the sign bit rather than taking
/// the absolute value.
/// </summary>
public sealed class Murmur2Tests
{
    [Theory]
    [InlineData("21", -973932308)]
    [InlineData("foobar", -790332482)]
    [InlineData("a-little-bit-long-string", -985981536)]
    [InlineData("a-little-bit-longer-string", -1486304829)]
    [InlineData("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971)]
    [InlineData("abc", 479470107)]
    public void Hash_KafkaTestVectors_MatchKafkasJavaClient(string key, int expected) =>
        Assert.Equal(expected, Murmur2.Hash(Encoding.ASCII.GetBytes(key)));

    [Theory]
    [InlineData("21", 7, 3)]
    [InlineData("21", 3, 0)]
    [InlineData("foobar", 10, 6)]
    [InlineData("a-little-bit-long-string", 10, 2)]
    [InlineData("a-little-bit-longer-string", 10, 9)]
    [InlineData("lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", 7, 3)]
    [InlineData("abc", 7, 4)]
    [InlineData("abc", 1, 0)]
    public void Partition_Key_IsPositiveHashModuloCount(string key, int partitionCount, int expected) =>
        Assert.Equal(expected, Murmur2.Partition(Encoding.ASCII.GetBytes(key), partitionCount));

    /// <summary>Lengths and bytes Kafka's vectors miss (empty, one byte left over, bytes of 0x80 and up), from a line-for-line port of Utils.murmur2.</summary>
    [Theory]
    [InlineData("", 275646681)]
    [InlineData("a", -1563381124)]
    [InlineData("hello", 2132663229)]
    [InlineData("ünï", -570454509)]
    public void Hash_OtherLengthsAndHighBytes_MatchKafkasAlgorithm(string key, int expected) =>
        Assert.Equal(expected, Murmur2.Hash(Encoding.UTF8.GetBytes(key)));
}
