namespace OrleansBroker.Kafka.Protocol;

/// <summary>
/// Arrays: classic (int32 count, -1 for null) and compact (unsigned varint count + 1, 0 for null). A count larger
/// than the bytes left is refused before the array is allocated, since every element takes at least one byte.
/// </summary>
public ref partial struct KafkaReader
{
    /// <summary>Reads an array of structures; null is refused.</summary>
    public T[] ReadArray<T>(string field, short version)
        where T : IKafkaReadable<T> =>
        ReadElements<T>(ReadArrayCount(field, elementSize: 1), version);

    /// <summary>Reads an array of structures, -1 meaning null.</summary>
    public T[]? ReadNullableArray<T>(string field, short version)
        where T : IKafkaReadable<T>
    {
        var count = ReadNullableArrayCount(field, elementSize: 1);
        return count >= 0 ? ReadElements<T>(count, version) : null;
    }

    /// <summary>Reads a compact array of structures; null is refused.</summary>
    public T[] ReadCompactArray<T>(string field, short version)
        where T : IKafkaReadable<T>
    {
        var count = ReadCompactNullableArrayCount(field);
        return count >= 0 ? ReadElements<T>(count, version) : throw BadLength(field, -1, "this array may not be null");
    }

    /// <summary>Reads a compact array of structures, a count of 0 meaning null.</summary>
    public T[]? ReadCompactNullableArray<T>(string field, short version)
        where T : IKafkaReadable<T>
    {
        var count = ReadCompactNullableArrayCount(field);
        return count >= 0 ? ReadElements<T>(count, version) : null;
    }

    /// <summary>Reads an array of int32 (broker ids, partition indexes); null is refused.</summary>
    public int[] ReadInt32Array(string field)
    {
        var items = new int[ReadArrayCount(field, elementSize: sizeof(int))];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadInt32(field);
        }

        return items;
    }

    /// <summary>Reads an array of strings; null is refused.</summary>
    public string[] ReadStringArray(string field) => ReadStrings(ReadArrayCount(field, elementSize: sizeof(short)), field);

    /// <summary>Reads an array of strings, -1 meaning null.</summary>
    public string[]? ReadNullableStringArray(string field)
    {
        var count = ReadNullableArrayCount(field, elementSize: sizeof(short));
        return count >= 0 ? ReadStrings(count, field) : null;
    }

    private string[] ReadStrings(int count, string field)
    {
        var items = new string[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ReadString(field);
        }

        return items;
    }

    private T[] ReadElements<T>(int count, short version)
        where T : IKafkaReadable<T>
    {
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = T.Read(ref this, version);
        }

        return items;
    }

    private int ReadArrayCount(string field, int elementSize)
    {
        var count = ReadNullableArrayCount(field, elementSize);
        return count >= 0 ? count : throw BadLength(field, count, "this array may not be null");
    }

    private int ReadNullableArrayCount(string field, int elementSize)
    {
        var count = ReadInt32(field);
        if (count < -1)
        {
            throw BadLength(field, count, "only -1, meaning null, may be negative");
        }

        EnsurePossibleCount(count, elementSize, field);
        return count;
    }

    /// <summary>Returns the count, or -1 for null.</summary>
    private int ReadCompactNullableArrayCount(string field)
    {
        var countPlusOne = ReadUnsignedVarInt(field);
        EnsurePossibleCount(countPlusOne - 1L, elementSize: 1, field);
        return (int)countPlusOne - 1;
    }

    private readonly void EnsurePossibleCount(long count, int elementSize, string field)
    {
        if (count > Remaining / elementSize)
        {
            throw BadLength(field, count, $"{count} elements of at least {elementSize} bytes cannot fit in the {Remaining} bytes left");
        }
    }
}
