namespace OrleansBroker.Kafka.Protocol;

/// <summary>Arrays: classic (int32 count, -1 for null) and compact (unsigned varint count + 1, 0 for null).</summary>
public sealed partial class KafkaWriter
{
    /// <summary>Writes an array of structures.</summary>
    public void WriteArray<T>(IReadOnlyList<T> items, short version)
        where T : IKafkaWritable
    {
        WriteInt32(items.Count);
        WriteElements(items, version);
    }

    /// <summary>Writes an array of structures, or -1 for null.</summary>
    public void WriteNullableArray<T>(IReadOnlyList<T>? items, short version)
        where T : IKafkaWritable
    {
        if (items is null)
        {
            WriteInt32(-1);
        }
        else
        {
            WriteArray(items, version);
        }
    }

    /// <summary>Writes a compact array of structures.</summary>
    public void WriteCompactArray<T>(IReadOnlyList<T> items, short version)
        where T : IKafkaWritable
    {
        WriteUnsignedVarInt((uint)items.Count + 1);
        WriteElements(items, version);
    }

    /// <summary>Writes a compact array of structures, or a count of 0 for null.</summary>
    public void WriteCompactNullableArray<T>(IReadOnlyList<T>? items, short version)
        where T : IKafkaWritable
    {
        if (items is null)
        {
            WriteUnsignedVarInt(0);
        }
        else
        {
            WriteCompactArray(items, version);
        }
    }

    /// <summary>Writes an array of int32.</summary>
    public void WriteInt32Array(IReadOnlyList<int> items)
    {
        WriteInt32(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            WriteInt32(items[i]);
        }
    }

    /// <summary>Writes an array of strings.</summary>
    public void WriteStringArray(IReadOnlyList<string> items)
    {
        WriteInt32(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            WriteString(items[i]);
        }
    }

    /// <summary>Writes an array of strings, or -1 for null.</summary>
    public void WriteNullableStringArray(IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            WriteInt32(-1);
        }
        else
        {
            WriteStringArray(items);
        }
    }

    private void WriteElements<T>(IReadOnlyList<T> items, short version)
        where T : IKafkaWritable
    {
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Write(this, version);
        }
    }
}
