using System.Reflection;

namespace OrleansBroker.Testing.Processes;

/// <summary>
/// Finds what the build put elsewhere in the repository (obk, the silo host) by paths a project file records in its
/// assembly's metadata, e.g. <c>&lt;AssemblyMetadata Include="SiloDll" Value="...OrleansBroker.Silo.dll" /&gt;</c>.
/// </summary>
public static class BuiltAssemblies
{
    /// <summary>The full path recorded under <paramref name="key"/> in <paramref name="recorder"/>; fails if nothing was built there.</summary>
    public static string Find(Assembly recorder, string key)
    {
        var path = recorder.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
        var full = Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar));
        return File.Exists(full) ? full : throw new FileNotFoundException($"{key} was not built where expected.", full);
    }
}
