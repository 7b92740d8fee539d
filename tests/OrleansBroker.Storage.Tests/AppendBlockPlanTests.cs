using OrleansBroker.Storage.AzureBlob;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// AppendBlockPlan on its own: buffers are packed into blocks whole, in order, until the next would not fit; a buffer
/// larger than a block starts a block of its own and is cut into full blocks, its remainder beginning the next; empty
/// buffers vanish; no byte is lost or moved; and no split of a write ever needs more blocks than MaxBlocks says.
/// </summary>
public sealed class AppendBlockPlanTests
{
    [Theory]
    [InlineData(new[] { 3, 3, 3, 3 }, new[] { "3+3", "3+3" })]
    [InlineData(new[] { 7, 1 }, new[] { "7", "1" })]
    [InlineData(new[] { 2, 17, 2, 6 }, new[] { "2", "7", "7", "3+2", "6" })]
    [InlineData(new[] { 0, 4, 0, 3 }, new[] { "4+3" })]
    [InlineData(new int[0], new string[0])]
    public void Cut_Buffers_PacksWholeBuffersAndCutsOnlyOversizedOnes(int[] sizes, string[] expected)
    {
        var blocks = AppendBlockPlan.Cut(Buffers(sizes), maxBlockBytes: 7);

        Assert.Equal(expected, blocks.Select(block => string.Join('+', block.Select(piece => piece.Length))));
    }

    [Fact]
    public void Cut_AnySplit_KeepsEveryByteInOrderWithinTheBound()
    {
        var random = new Random(20_251_124);
        for (var trial = 0; trial < 2000; trial++)
        {
            var sizes = Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(0, 30)).ToArray();
            var buffers = Buffers(sizes);

            var blocks = AppendBlockPlan.Cut(buffers, maxBlockBytes: 8);

            var total = sizes.Sum();
            Assert.True(blocks.Count <= AppendBlockPlan.MaxBlocks(total, 8), $"Sizes {string.Join(',', sizes)} took {blocks.Count} blocks.");
            Assert.All(blocks, block => Assert.InRange(block.Sum(piece => piece.Length), 1, 8));
            Assert.Equal(buffers.SelectMany(buffer => buffer.ToArray()), blocks.SelectMany(block => block.SelectMany(piece => piece.ToArray())));
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(8, 1)]
    [InlineData(9, 3)]
    [InlineData(16, 3)]
    [InlineData(17, 5)]
    public void MaxBlocks_Bytes_IsTwiceTheFullBlocksLessOne(long bytes, long expected) => Assert.Equal(expected, AppendBlockPlan.MaxBlocks(bytes, 8));

    /// <summary>Buffers of the given sizes whose bytes count up across them, so any reordering or loss shows.</summary>
    private static List<ReadOnlyMemory<byte>> Buffers(int[] sizes)
    {
        var next = 0;
        return [.. sizes.Select(size => (ReadOnlyMemory<byte>)Enumerable.Range(next, size).Select(i => (byte)(next = i + 1)).ToArray())];
    }
}
