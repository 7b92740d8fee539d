using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace OrleansBroker.Frontend.Pages;

/// <summary>Makes the web UI work in any host of the frontend, not only its own process.</summary>
public static class WebUiExtensions
{
    /// <summary>
    /// Serves the UI's static files (<c>wwwroot</c>) from the frontend's assembly, where they are embedded, so they are
    /// found whatever the content root: <c>dotnet run</c>, a test host whose content root is the test's bin folder, or a
    /// container (the static file middleware and <c>asp-append-version</c> both read this provider). And registers the
    /// assembly's pages when the host's entry assembly is another one (a test host), which Razor Pages would not find.
    /// Call after <c>AddRazorPages</c>.
    /// </summary>
    public static WebApplicationBuilder AddBrokerWebUi(this WebApplicationBuilder builder)
    {
        var assembly = typeof(WebUiExtensions).Assembly;
        builder.Environment.WebRootFileProvider = new ManifestEmbeddedFileProvider(assembly, "wwwroot");
        builder.Services.AddMvcCore().ConfigureApplicationPartManager(manager =>
        {
            var name = assembly.GetName().Name;
            if (!manager.ApplicationParts.Any(part => part.Name == name))
            {
                // Its types (page models) and its compiled Razor views, as the host's own discovery would add them.
                foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                {
                    manager.ApplicationParts.Add(part);
                }
            }
        });
        return builder;
    }
}
