using OrleansBroker.Storage.AzureBlob;

namespace OrleansBroker.Storage.Tests;

/// <summary>
/// The layering rule for storage (STYLE.md section 1): OrleansBroker.Storage and its Azure Blob backend reference no
/// Orleans assembly, so the partition log can be used and tested without a silo. Checked on the compiled assemblies'
/// references.
/// </summary>
public sealed class StorageAssemblyTests
{
    [Fact]
    public void StorageAssembly_References_NoOrleansAssembly() => AssertNoOrleans(typeof(PartitionLog), "OrleansBroker.Records");

    [Fact]
    public void AzureBlobAssembly_References_NoOrleansAssembly() => AssertNoOrleans(typeof(AzureBlobLogStorage), "OrleansBroker.Storage", "Azure.Storage.Blobs");

    private static void AssertNoOrleans(Type type, params string[] expected)
    {
        var references = type.Assembly.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty).ToList();

        Assert.All(expected, name => Assert.Contains(name, references));
        Assert.DoesNotContain(references, name =>
            name == "Orleans"
            || name.StartsWith("Orleans.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.Orleans", StringComparison.OrdinalIgnoreCase));
    }
}
