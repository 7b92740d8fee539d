using OrleansBroker.Records;

namespace OrleansBroker.Client.Internal;

/// <summary>Copies the headers of a record read in place out of a batch.</summary>
internal static class HeaderCopies
{
    /// <summary>Owned copies of <paramref name="headers"/>, in order; a null value stays null, distinct from an empty one.</summary>
    public static List<Header> Of(RecordHeaders headers)
    {
        var copies = new List<Header>(headers.Count);
        foreach (var header in headers)
        {
            // Typed as a nullable memory: a null byte[] would convert to an empty (non-null) value.
            copies.Add(new Header(header.KeyString, header.HasValue ? header.Value.ToArray() : (ReadOnlyMemory<byte>?)null));
        }

        return copies;
    }
}
