using OrleansBroker.Records;

namespace OrleansBroker.Testing;

/// <summary>Assertions on broker failures: the exact exception type and Kafka error code.</summary>
public static class BrokerAssert
{
    /// <summary>Asserts <paramref name="action"/> fails with a <see cref="BrokerException"/> carrying <paramref name="code"/>; returns it.</summary>
    public static async Task<BrokerException> FailsAsync(ErrorCode code, Func<Task> action)
    {
        var error = await Assert.ThrowsAnyAsync<BrokerException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }
}
