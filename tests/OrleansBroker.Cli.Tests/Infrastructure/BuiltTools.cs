using System.Reflection;

namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Where the build put obk and the silo (paths recorded in this assembly's metadata by the project file).</summary>
internal static class BuiltTools
{
    /// <summary>The obk assembly, run as <c>dotnet obk.dll</c>.</summary>
    public static string ObkDll { get; } = Find("ObkDll");

    /// <summary>The silo host assembly.</summary>
    public static string SiloDll { get; } = Find("SiloDll");

    private static string Find(string key)
    {
        var path = typeof(BuiltTools).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value!;
        var full = Path.GetFullPath(path.Replace('\\', Path.DirectorySeparatorChar));
        return File.Exists(full) ? full : throw new FileNotFoundException($"{key} was not built where expected.", full);
    }
}
