namespace OrleansBroker.Storage.Tests;

/// <summary>
/// The layering rule for storage (STYLE.md section 1): OrleansBroker.Storage references no Orleans assembly, so the
/// partition log can be used and tested without a silo. Checked on the compiled assembly's references.
/// </summary>
public sealed class StorageAssemblyTests
{
    [Fact]
    public void StorageAssembly_References_NoOrleansAssembly()
    {
        var references = typeof(PartitionLog).Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty).ToList();

        Assert.Contains("OrleansBroker.Records", references);
        Assert.DoesNotContain(references, name =>
            name == "Orleans"
            || name.StartsWith("Orleans.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.Orleans", StringComparison.OrdinalIgnoreCase));
    }
}
