using OrleansBroker.Records;

namespace OrleansBroker.Abstractions.Serialization;

/// <summary>
/// How a <see cref="BrokerException"/> crosses a grain call. The exception lives in OrleansBroker.Records, which
/// knows nothing of Orleans, so its wire form is declared here: the code, the message and, for a rejected batch, the reason.
/// </summary>
[GenerateSerializer, Immutable, Alias("OrleansBroker.BrokerException")]
public readonly record struct BrokerExceptionSurrogate(
    [property: Id(0)] ErrorCode Code,
    [property: Id(1)] string Message,
    [property: Id(2)] RecordBatchError? BatchError);

/// <summary>Converts <see cref="BrokerException"/> (and <see cref="InvalidRecordBatchException"/>) to and from its surrogate.</summary>
[RegisterConverter]
public sealed class BrokerExceptionConverter :
    IConverter<BrokerException, BrokerExceptionSurrogate>,
    IConverter<InvalidRecordBatchException, BrokerExceptionSurrogate>
{
    /// <inheritdoc />
    public BrokerException ConvertFromSurrogate(in BrokerExceptionSurrogate surrogate) =>
        surrogate.BatchError is { } reason
            ? new InvalidRecordBatchException(reason, surrogate.Message)
            : new BrokerException(surrogate.Code, surrogate.Message);

    /// <inheritdoc />
    public BrokerExceptionSurrogate ConvertToSurrogate(in BrokerException value) =>
        new(value.Code, value.Message, (value as InvalidRecordBatchException)?.Reason);

    /// <inheritdoc />
    InvalidRecordBatchException IConverter<InvalidRecordBatchException, BrokerExceptionSurrogate>.ConvertFromSurrogate(in BrokerExceptionSurrogate surrogate) =>
        new(surrogate.BatchError ?? RecordBatchError.CorruptRecord, surrogate.Message);

    /// <inheritdoc />
    public BrokerExceptionSurrogate ConvertToSurrogate(in InvalidRecordBatchException value) =>
        new(value.Code, value.Message, value.Reason);
}
