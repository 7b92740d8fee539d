using OrleansBroker.Abstractions.Topics;
using OrleansBroker.Client.Admin;
using OrleansBroker.Frontend.Cluster;
using OrleansBroker.Frontend.Security;

namespace OrleansBroker.Frontend.Api;

/// <summary>Topic administration over HTTP, under <c>/api/topics</c>: list, create, describe, delete, add partitions, alter configs.</summary>
public static class TopicsApi
{
    /// <summary>Maps the topics endpoints, for readers (list, describe) and admins (the rest), behind the broker error mapping.</summary>
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        var topics = app.MapGroup("/api/topics")
            .WithTags("Topics")
            .AddEndpointFilter<BrokerProblemFilter>();

        topics.MapGet("/", ListTopicsAsync).WithName("ListTopics").RequireAuthorization(FrontendPolicies.Read);
        topics.MapPost("/", CreateTopicAsync).WithName("CreateTopic").RequireAuthorization(FrontendPolicies.Admin);
        topics.MapGet("/{name}", DescribeTopicAsync).WithName("DescribeTopic").RequireAuthorization(FrontendPolicies.Read);
        topics.MapDelete("/{name}", DeleteTopicAsync).WithName("DeleteTopic").RequireAuthorization(FrontendPolicies.Admin);
        topics.MapPost("/{name}/partitions", CreatePartitionsAsync).WithName("CreatePartitions").RequireAuthorization(FrontendPolicies.Admin);
        topics.MapPatch("/{name}/configs", AlterConfigsAsync).WithName("AlterTopicConfigs").RequireAuthorization(FrontendPolicies.Admin);
        return app;
    }

    private static async Task<IResult> ListTopicsAsync(IAdminClient admin) =>
        Results.Ok(await admin.ListTopicsAsync());

    private static async Task<IResult> CreateTopicAsync(CreateTopicRequest? request, IAdminClient admin)
    {
        request = RequestBody.Require(request);
        var metadata = await admin.CreateTopicAsync(new TopicSpecification
        {
            Name = request.Name ?? "",
            NumPartitions = request.Partitions,
            ReplicationFactor = request.ReplicationFactor,
            Configs = request.Configs ?? [],
        });
        return Results.Created($"/api/topics/{Uri.EscapeDataString(metadata.Name)}", TopicResponse.From(metadata));
    }

    private static async Task<IResult> DescribeTopicAsync(string name, TopicOverviewService topics)
    {
        var details = await topics.DescribeAsync(name);
        var metadata = details.Metadata;
        var partitions = details.Partitions
            .Select(partition => new PartitionResponse(
                partition.Partition, partition.Leader, partition.Replicas, partition.Isr, partition.LogStartOffset, partition.LogEndOffset, partition.SizeInBytes))
            .ToList();
        return Results.Ok(new TopicDescriptionResponse(metadata.Name, metadata.TopicIdText, metadata.ReplicationFactor, metadata.Configs, partitions));
    }

    private static async Task<IResult> DeleteTopicAsync(string name, IAdminClient admin)
    {
        await admin.DeleteTopicAsync(name);
        return Results.NoContent();
    }

    private static async Task<IResult> CreatePartitionsAsync(string name, CreatePartitionsRequest? request, IAdminClient admin) =>
        Results.Ok(TopicResponse.From(await admin.CreatePartitionsAsync(name, RequestBody.Require(request).Count)));

    private static async Task<IResult> AlterConfigsAsync(string name, AlterConfigsRequest? request, IAdminClient admin)
    {
        request = RequestBody.Require(request);
        return Results.Ok(TopicResponse.From(await admin.AlterConfigsAsync(name, request.Set ?? [], request.DeleteNames())));
    }
}
