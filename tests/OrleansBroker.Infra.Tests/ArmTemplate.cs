using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrleansBroker.Infra.Tests;

/// <summary>
/// Read access to a compiled ARM template: its resources, the nested templates of its modules, and the values
/// behind the simplest expressions ("[parameters('x')]", "[variables('x')]") that Bicep leaves in place.
/// </summary>
internal sealed partial class ArmTemplate(JsonElement root)
{
    /// <summary>The template's resources, whether listed as an array or (languageVersion 2.0) keyed by name.</summary>
    public IEnumerable<JsonElement> Resources
    {
        get
        {
            var resources = root.GetProperty("resources");
            return resources.ValueKind == JsonValueKind.Array
                ? resources.EnumerateArray()
                : resources.EnumerateObject().Select(resource => resource.Value);
        }
    }

    /// <summary>The names of the template's parameters.</summary>
    public IEnumerable<string> ParameterNames => root.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name);

    /// <summary>The resources of <paramref name="type"/>, e.g. Microsoft.App/containerApps.</summary>
    public IEnumerable<JsonElement> ResourcesOfType(string type) =>
        Resources.Where(resource => string.Equals(resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The module deployment (Microsoft.Resources/deployments) named <paramref name="deploymentName"/>.</summary>
    public JsonElement Deployment(string deploymentName) => ResourcesOfType("Microsoft.Resources/deployments")
        .Single(deployment => deployment.GetProperty("name").GetString() == deploymentName);

    /// <summary>The nested template of the module deployed under <paramref name="deploymentName"/>.</summary>
    public ArmTemplate Module(string deploymentName) =>
        new(Deployment(deploymentName).GetProperty("properties").GetProperty("template"));

    /// <summary>The value this template passes to parameter <paramref name="parameterName"/> of a module.</summary>
    public JsonElement ModuleArgument(string deploymentName, string parameterName) =>
        Deployment(deploymentName).GetProperty("properties").GetProperty("parameters").GetProperty(parameterName).GetProperty("value");

    /// <summary>The definition of parameter <paramref name="name"/>.</summary>
    public JsonElement Parameter(string name) => root.GetProperty("parameters").GetProperty(name);

    /// <summary>The variable's value when <paramref name="value"/> is exactly "[variables('name')]", else the value itself.</summary>
    public JsonElement Resolve(JsonElement value) =>
        Reference(value, "variables") is { } name ? root.GetProperty("variables").GetProperty(name) : value;

    /// <summary>
    /// The least value ARM accepts for <paramref name="value"/>: a literal number, or the minValue of the parameter
    /// that "[parameters('name')]" names (a parameter without one has no floor and fails the caller's check).
    /// </summary>
    public int MinimumOf(JsonElement value)
    {
        var resolved = Resolve(value);
        if (resolved.ValueKind == JsonValueKind.Number)
        {
            return resolved.GetInt32();
        }

        var parameter = Reference(resolved, "parameters") ?? throw new InvalidOperationException($"Not a number or parameter: {resolved}");
        return Parameter(parameter).TryGetProperty("minValue", out var minimum) ? minimum.GetInt32() : int.MinValue;
    }

    private static string? Reference(JsonElement value, string kind)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var match = ReferencePattern().Match(value.GetString()!);
        return match.Success && match.Groups["kind"].Value == kind ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[^']+)'\)\]$")]
    private static partial Regex ReferencePattern();
}
