namespace OrleansBroker.Frontend.Security;

/// <summary>The API keys (configuration section <c>Frontend:ApiKeys</c>); an empty or missing key matches nothing.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Frontend:ApiKeys";

    /// <summary>The key of admin callers (<c>Frontend:ApiKeys:Admin</c>).</summary>
    public string? Admin { get; set; }

    /// <summary>The key of read-only callers (<c>Frontend:ApiKeys:ReadOnly</c>).</summary>
    public string? ReadOnly { get; set; }
}
