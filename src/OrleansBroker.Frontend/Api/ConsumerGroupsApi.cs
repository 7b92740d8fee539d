using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Api;

/// <summary>
/// Consumer-group administration over HTTP, under <c>/api/groups</c>: list, describe with lag, reset offsets and delete,
/// with kafka-consumer-groups' rules (a group is only reset or deleted while it has no members).
/// </summary>
public static class ConsumerGroupsApi
{
    /// <summary>Maps the consumer-group endpoints, each behind its policy and the broker error mapping.</summary>
    public static IEndpointRouteBuilder MapConsumerGroupsApi(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/groups")
            .WithTags("Consumer groups")
            .AddEndpointFilter<BrokerProblemFilter>();

        groups.MapGet("/", ListGroupsAsync).WithName("ListConsumerGroups").RequireAuthorization(FrontendPolicies.Read);
        groups.MapGet("/{group}", DescribeGroupAsync).WithName("DescribeConsumerGroup").RequireAuthorization(FrontendPolicies.Read);
        groups.MapPost("/{group}/offsets/reset", ResetOffsetsAsync).WithName("ResetConsumerGroupOffsets").RequireAuthorization(FrontendPolicies.Admin);
        groups.MapDelete("/{group}", DeleteGroupAsync).WithName("DeleteConsumerGroup").RequireAuthorization(FrontendPolicies.Admin);
        return app;
    }

    private static async Task<IResult> ListGroupsAsync(IAdminClient admin) =>
        Results.Ok((await admin.DescribeConsumerGroupsAsync()).Select(ConsumerGroupSummaryResponse.From));

    private static async Task<IResult> DescribeGroupAsync(string group, IAdminClient admin) =>
        Results.Ok(ConsumerGroupResponse.From(await admin.DescribeConsumerGroupLagAsync(group)));

    private static async Task<IResult> ResetOffsetsAsync(string group, ConsumerGroupOffsetResetRequest? request, IAdminClient admin)
    {
        request = RequestBody.Require(request);
        var offsets = await admin.ResetConsumerGroupOffsetsAsync(group, request.ToOffsetReset(), request.Topic, execute: request.Execute);
        return Results.Ok(new ConsumerGroupOffsetResetResponse(group, request.Execute, [.. offsets.Select(ConsumerGroupOffsetResponse.From)]));
    }

    private static async Task<IResult> DeleteGroupAsync(string group, IAdminClient admin)
    {
        await admin.DeleteInactiveConsumerGroupAsync(group);
        return Results.NoContent();
    }
}
