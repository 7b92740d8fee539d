namespace OrleansBroker.Client.Reading;

/// <summary>A partition's readable range, as Confluent's <c>QueryWatermarkOffsets</c> returns it.</summary>
/// <param name="Low">The log start offset: the first record still retained.</param>
/// <param name="High">The high watermark (log end offset): the offset the next record produced will get.</param>
public readonly record struct WatermarkOffsets(long Low, long High);
