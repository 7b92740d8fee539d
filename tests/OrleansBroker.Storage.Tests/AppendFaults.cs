using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// A pipeline policy that injects faults into AppendBlock calls when told to: it loses the answer to one (storage
/// carries the call out, then the client sees an <see cref="IOException"/> as if the connection had dropped, so the
/// SDK's retry policy sends it again), or fails one before it is sent, with an error the SDK does not retry.
/// </summary>
internal sealed class AppendFaults : HttpPipelinePolicy
{
    private int _loseAnswer;
    private int _callsBeforeFailure;

    /// <summary>Loses the answer to the next AppendBlock call.</summary>
    public void LoseNextAnswer() => Volatile.Write(ref _loseAnswer, 1);

    /// <summary>Fails the <paramref name="call"/>-th AppendBlock call from now (1 is the next).</summary>
    public void FailCall(int call) => Volatile.Write(ref _callsBeforeFailure, call);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfFailing(message);
        ProcessNext(message, pipeline);
        ThrowIfAnswerLost(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ThrowIfFailing(message);
        await ProcessNextAsync(message, pipeline);
        ThrowIfAnswerLost(message);
    }

    private static bool IsAppendBlock(HttpMessage message) => message.Request.Uri.Query.Contains("comp=appendblock", StringComparison.Ordinal);

    private void ThrowIfFailing(HttpMessage message)
    {
        if (IsAppendBlock(message) && Volatile.Read(ref _callsBeforeFailure) > 0 && Interlocked.Decrement(ref _callsBeforeFailure) == 0)
        {
            throw new RequestFailedException(500, "This AppendBlock call failed (a test fault).", "InternalError", null);
        }
    }

    private void ThrowIfAnswerLost(HttpMessage message)
    {
        if (IsAppendBlock(message) && Interlocked.Exchange(ref _loseAnswer, 0) == 1)
        {
            throw new IOException("The answer to this AppendBlock call was lost (a test fault).");
        }
    }
}
