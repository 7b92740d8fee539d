namespace OrleansBroker.Frontend.Security;

/// <summary>
/// The two kinds of access the frontend grants: reading (topics, records, groups, cluster) and administering
/// (create, delete, alter, reset, produce). Every API endpoint and page names one of them.
/// </summary>
public static class FrontendPolicies
{
    /// <summary>Looking at the broker: any signed-in caller (read-only or admin).</summary>
    public const string Read = "broker-read";

    /// <summary>Changing the broker: admin callers only.</summary>
    public const string Admin = "broker-admin";
}
