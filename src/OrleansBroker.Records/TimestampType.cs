namespace OrleansBroker.Records;

/// <summary>What a record's timestamp means (bit 3 of a batch's attributes; the topic's message.timestamp.type).</summary>
public enum TimestampType
{
    /// <summary>The producer's clock when the record was created.</summary>
    CreateTime = 0,

    /// <summary>The broker's clock when the batch was appended to the log; every record of the batch shares it.</summary>
    LogAppendTime = 1,
}
