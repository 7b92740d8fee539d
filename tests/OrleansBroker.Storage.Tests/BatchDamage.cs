namespace OrleansBroker.Storage.Tests;

/// <summary>Ways <see cref="TestBatches.Damaged"/> can spoil a batch so that append validation rejects it.</summary>
public enum BatchDamage
{
    /// <summary>One byte of the last record's value flipped: the CRC no longer matches.</summary>
    CrcFlip,

    /// <summary>Fifty records: larger than the <see cref="TestBatches.SmallMaxMessageBytes"/> limit.</summary>
    TooLarge,

    /// <summary>Codec 5, which does not exist, set in the attributes (CRC re-stamped).</summary>
    Compressed,

    /// <summary>A well-formed batch with no records.</summary>
    Empty,

    /// <summary>The control bit set in the attributes (CRC re-stamped).</summary>
    Control,

    /// <summary>The last byte cut off.</summary>
    Truncated,

    /// <summary>Magic 1 instead of 2.</summary>
    OldMagic,

    /// <summary>A stray byte after the batch.</summary>
    TrailingByte,
}
