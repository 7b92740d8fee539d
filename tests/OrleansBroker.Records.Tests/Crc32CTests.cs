using System.Text;

namespace OrleansBroker.Records.Tests;

/// <summary>Checks the CRC-32C against the standard check value and the RFC 3720 test vectors.</summary>
public sealed class Crc32CTests
{
    [Fact]
    public void Compute_StandardCheckString_MatchesCatalogueValue() =>
        Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void Compute_ThirtyTwoZeroBytes_MatchesRfc3720() =>
        Assert.Equal(0x8A9136AAu, Crc32C.Compute(new byte[32]));
}
