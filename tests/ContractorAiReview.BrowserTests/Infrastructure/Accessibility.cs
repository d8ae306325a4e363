using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ContractorAiReview.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as it stands: WCAG 2 A and AA rules; serious and critical violations fail.</summary>
public static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string pageName)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa"] },
        });

        // Every finding, minor ones included, is written out for the reviewer; only serious and critical fail.
        var report = Describe(pageName, result.Violations);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "test-results", "axe");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, pageName + ".txt"), report);

        var failing = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToArray();
        Assert.True(failing.Length == 0, Describe(pageName, failing));
    }

    private static string Describe(string pageName, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe (wcag2a, wcag2aa) on {pageName}:").AppendLine();
        var any = false;
        foreach (var violation in violations)
        {
            any = true;
            text.AppendLine($"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(5))
            {
                text.AppendLine($"    {node.Target}: {node.Html}");
                text.AppendLine($"      {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message))}");
            }
        }

        return any ? text.ToString() : text.AppendLine("no violations").ToString();
    }
}
