using ContractorAiReview.Domain.Changes;
using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Domain.Screening;
using static ContractorAiReview.UnitTests.Domain.Screening.ScreeningTestData;

namespace ContractorAiReview.UnitTests.Domain.Changes;

public sealed class ContentDiffTests
{
    /// <summary>A confirmed use: a chat service from the catalogue and an image service typed by name.</summary>
    private static RequestContent Confirmed() => Request(
        Service("Azure OpenAI Service", terms: "企業向け契約"),
        Service("Adobe Firefly", AiModality.Image, "企業向け契約", TrainingDataProvenance.Curated));

    private static RequestContent Changed(Action<RequestContent> change) => With(Confirmed(), change);

    [Fact]
    public void SameAnswers_NoDifference()
    {
        Assert.True(ContentDiff.Between(Confirmed(), Confirmed()).IsEmpty);
    }

    [Fact]
    public void ServicesReordered_NoDifference()
    {
        var reordered = Changed(c => c.Services.Reverse());

        Assert.True(ContentDiff.Between(Confirmed(), reordered).IsEmpty);
    }

    [Fact]
    public void ServiceRemoved_NamedAsRemoved()
    {
        var diff = ContentDiff.Between(Confirmed(), Changed(c => c.Services.RemoveAt(1)));

        var removed = Assert.Single(diff.Services);
        Assert.Equal((ServiceChangeKind.Removed, "Adobe Firefly"), (removed.Kind, removed.Name));
        Assert.Empty(diff.Fields);
    }

    [Fact]
    public void ServiceAddedAtTheFront_OnlyItIsAdded()
    {
        var diff = ContentDiff.Between(Confirmed(), Changed(c => c.Services.Insert(0, Service("Runway", AiModality.Video, "Enterprise"))));

        var added = Assert.Single(diff.Services);
        Assert.Equal((ServiceChangeKind.Added, "Runway"), (added.Kind, added.Name));
    }

    [Fact]
    public void ModalityChanged_ThatServiceAndAspect()
    {
        var diff = ContentDiff.Between(Confirmed(), Changed(c => c.Services[0].Set(AiModality.Voice, true)));

        var changed = Assert.Single(diff.Services);
        Assert.Equal((ServiceChangeKind.Changed, "Azure OpenAI Service"), (changed.Kind, changed.Name));
        Assert.Equal([ServiceAspect.Modalities], changed.Aspects);
    }

    [Fact]
    public void ProvenanceAnswerChanged_ThatAspect()
    {
        var diff = ContentDiff.Between(Confirmed(), Changed(c => c.Services[1].Provenance = TrainingDataProvenance.NotCuratedOrUnknown));

        Assert.Equal([ServiceAspect.Provenance], Assert.Single(diff.Services).Aspects);
    }

    [Fact]
    public void SameCatalogueEntryRenamed_ChangedNotReplaced()
    {
        RequestContent WithEntry(string name)
        {
            var service = Service(name);
            service.Declaration = new ServiceDeclaration { CatalogueEntryId = "chatgpt-enterprise" };
            return Request(service);
        }

        var diff = ContentDiff.Between(WithEntry("ChatGPT Enterprise"), WithEntry("ChatGPT（企業向け）"));

        var changed = Assert.Single(diff.Services);
        Assert.Equal(ServiceChangeKind.Changed, changed.Kind);
        Assert.Equal([ServiceAspect.ServiceName], changed.Aspects);
    }

    [Fact]
    public void FieldsChanged_InFormOrder()
    {
        var diff = ContentDiff.Between(Confirmed(), Changed(c =>
        {
            c.UsageLogManagement += "ログは3年間保存する。";
            c.Subcontractors = ["株式会社みおつくし"];
        }));

        Assert.Equal([FormField.User, FormField.UsageLogManagement], diff.Fields);
    }

    [Fact]
    public void Touches_ReturnedItemsThatChanged()
    {
        var before = Confirmed();
        var after = Changed(c =>
        {
            c.Method = "別の方法";
            c.Services[1].TermsOfUse = "Firefly for Enterprise";
            c.Services.Reverse();
        });
        var diff = ContentDiff.Between(before, after);

        Assert.True(diff.Touches(ReturnTarget.ForField(FormField.Method)));
        Assert.False(diff.Touches(ReturnTarget.ForField(FormField.Purpose)));
        Assert.True(diff.Touches(ReturnTarget.ForService(before.Services[1])));
        Assert.False(diff.Touches(ReturnTarget.ForService(before.Services[0])));
        Assert.False(diff.Touches(ReturnTarget.ForChecklistItem(3)));
    }

    [Fact]
    public void ReturnedService_FoundAgainAfterReordering()
    {
        var before = Confirmed();
        var target = ReturnTarget.ForService(before.Services[1]);

        Assert.Equal(0, target.ServiceIndexIn(Changed(c => c.Services.Reverse())));
        Assert.Null(target.ServiceIndexIn(Changed(c => c.Services.RemoveAt(1))));
    }
}
