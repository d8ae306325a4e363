using ContractorAiReview.Domain.Catalogue;

namespace ContractorAiReview.UnitTests.Domain.Screening;

public sealed class CatalogueComparisonTests
{
    private const string Sources = """
        "sources": {
          "a": { "title": "Provider page A", "url": "https://example.com/a", "checkedOn": "2026-11-01", "secondary": false },
          "b": { "title": "Provider page B", "url": null, "checkedOn": "2026-11-20", "secondary": true }
        }
        """;

    private static AiServiceCatalogue Catalogue(params string[] services) =>
        AiServiceCatalogue.Parse($$"""{ {{Sources}}, "services": [ {{string.Join(",", services)}} ] }""");

    private static string Entry(string id, string plan = "Business", string optOutSource = "a", bool? optOut = true, string modalities = "Text") => $$"""
        { "id": "{{id}}", "serviceName": "Service {{id}}", "plan": "{{plan}}", "provider": "Provider", "modalities": "{{modalities}}",
          "termsType": { "value": "BusinessContract", "source": "a" },
          "optOutAvailable": { "value": {{(optOut is null ? "null" : optOut.Value ? "true" : "false")}}, "source": "{{optOutSource}}" } }
        """;

    [Fact]
    public void Between_SameEntriesReordered_NoChange()
    {
        var comparison = CatalogueComparison.Between(Catalogue(Entry("x"), Entry("y")), Catalogue(Entry("y"), Entry("x")));

        Assert.True(comparison.IsEmpty);
    }

    [Fact]
    public void Between_AddedAndRemoved_MatchedById()
    {
        var comparison = CatalogueComparison.Between(Catalogue(Entry("x"), Entry("y")), Catalogue(Entry("y"), Entry("z")));

        Assert.Equal(["z"], comparison.Added.Select(e => e.Id));
        Assert.Equal(["x"], comparison.Removed.Select(e => e.Id));
        Assert.Empty(comparison.Changed);
    }

    [Fact]
    public void Between_FactValueSourceAndPlanChanged_EachNamedWithBeforeAndAfter()
    {
        var comparison = CatalogueComparison.Between(
            Catalogue(Entry("x")),
            Catalogue(Entry("x", plan: "Enterprise", optOutSource: "b", optOut: false, modalities: "Text, Image")));

        var changed = Assert.Single(comparison.Changed);
        Assert.Equal(
            [nameof(AiServiceEntry.Plan), nameof(AiServiceEntry.Modalities), nameof(AiServiceEntry.OptOutAvailable)],
            changed.Changes.Select(c => c.Field));
        var plan = changed.Changes[0];
        Assert.Equal(("Business", "Enterprise"), (plan.Before, plan.After));
        var optOut = changed.Changes[2];
        Assert.StartsWith("True — Provider page A", optOut.Before, StringComparison.Ordinal);
        Assert.StartsWith("False — Provider page B", optOut.After, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_FactBecomesUnknown_ShownAsDash()
    {
        var changed = Assert.Single(CatalogueComparison.Between(Catalogue(Entry("x")), Catalogue(Entry("x", optOut: null))).Changed);

        var optOut = Assert.Single(changed.Changes);
        Assert.Equal("—", optOut.After);
    }
}
