namespace OrleansBroker.Soak;

/// <summary>Where the build put the silo host (a path recorded in this assembly's metadata by the project file).</summary>
public static class BuiltSilo
{
    /// <summary>The silo host assembly, run as <c>dotnet OrleansBroker.Silo.dll</c>.</summary>
    public static string Dll { get; } = BuiltAssemblies.Find(typeof(BuiltSilo).Assembly, "SiloDll");
}
