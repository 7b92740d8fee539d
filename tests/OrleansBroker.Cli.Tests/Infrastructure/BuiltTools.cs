namespace OrleansBroker.Cli.Tests.Infrastructure;

/// <summary>Where the build put obk and the silo (paths recorded in this assembly's metadata by the project file).</summary>
internal static class BuiltTools
{
    /// <summary>The obk assembly, run as <c>dotnet obk.dll</c>.</summary>
    public static string ObkDll { get; } = BuiltAssemblies.Find(typeof(BuiltTools).Assembly, "ObkDll");

    /// <summary>The silo host assembly.</summary>
    public static string SiloDll { get; } = BuiltAssemblies.Find(typeof(BuiltTools).Assembly, "SiloDll");
}
