using OrleansBroker.Records;

namespace OrleansBroker.Client.Tests.ConsumerGroups;

/// <summary>Checks that consumer-protocol decoders refuse malformed bytes with InvalidRequest and a message naming the problem.</summary>
internal static class ProtocolAssert
{
    /// <summary>Decoding <paramref name="bytes"/> fails with InvalidRequest, the message containing <paramref name="problem"/>.</summary>
    public static void Rejects(Action<byte[]> decode, byte[] bytes, string problem)
    {
        var error = Assert.Throws<BrokerException>(() => decode(bytes));
        Assert.Equal(ErrorCode.InvalidRequest, error.Code);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every proper prefix of a valid encoding fails (where it ends, or an array count the rest cannot hold).</summary>
    public static void RejectsEveryTruncation(Action<byte[]> decode, byte[] valid)
    {
        for (var length = 0; length < valid.Length; length++)
        {
            Rejects(decode, valid[..length], "Malformed consumer protocol");
        }
    }

    /// <summary>Hex with spaces between bytes, as the tests write vectors.</summary>
    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
