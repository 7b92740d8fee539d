using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OrleansBroker.Frontend.Tests.Browser;

/// <summary>Fills the produce page's form in a tab, as a user would.</summary>
internal static class ProducePageForm
{
    /// <summary>
    /// The form's field whose label starts with <paramref name="label"/>: Partition, Key or Value. (A label's name
    /// ends with what its field holds, the chosen option or the text typed, so it is not matched exactly.)
    /// </summary>
    public static ILocator Field(IPage page, string label) =>
        page.Locator("#produce-form").GetByLabel(new Regex($@"^\s*{label}\b"));

    /// <summary>Chooses the partition (blank: any), types the key and value and, when given, the first header.</summary>
    public static async Task FillAsync(IPage page, string partition, string key, string value, (string Name, string Value)? header = null, string encoding = "text")
    {
        await Field(page, "Partition").SelectOptionAsync(partition);
        await Field(page, "Key").FillAsync(key);
        await Field(page, "Value").FillAsync(value);
        await page.GetByLabel("Encoding of key, value and header values").SelectOptionAsync(encoding);
        if (header is { } first)
        {
            await page.GetByLabel("Header 1 name").FillAsync(first.Name);
            await page.GetByLabel("Header 1 value").FillAsync(first.Value);
        }
    }
}
