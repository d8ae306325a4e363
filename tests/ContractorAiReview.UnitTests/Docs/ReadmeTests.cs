using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Docs;

public sealed class ReadmeTests
{
    [Fact]
    public void LifecycleDiagram_MatchesTheStateMachine()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("<!-- lifecycle:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- lifecycle:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md needs the lifecycle markers.");

        var block = readme[start..end];
        var diagram = block[(block.IndexOf("```mermaid", StringComparison.Ordinal) + "```mermaid".Length)..block.LastIndexOf("```", StringComparison.Ordinal)];

        Assert.Equal(Lines(RequestLifecycle.ToMermaid()), Lines(diagram));
    }

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ContractorAiReview.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("No ContractorAiReview.sln above the test folder.");
    }
}
