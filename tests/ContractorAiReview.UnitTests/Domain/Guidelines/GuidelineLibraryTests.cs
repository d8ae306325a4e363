using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.UnitTests.Domain.Screening;

namespace ContractorAiReview.UnitTests.Domain.Guidelines;

/// <summary>People know a guideline version by its title and edition, never by the key; a version becomes current when adopted.</summary>
public sealed class GuidelineLibraryTests
{
    private static readonly GuidelineLibrary Library = new([ScreeningTestData.Guideline]);

    [Fact]
    public void TitleOf_KnownKey_TitleAndEdition() =>
        Assert.Equal("大阪市生成AI利用ガイドライン 別冊 業務受託事業者等向け生成AI利用ガイドライン 第1.1版", Library.TitleOf("osaka-contractor/1.1"));

    [Fact]
    public void EditionOf_KnownKey_EditionOnly() => Assert.Equal("第1.1版", Library.EditionOf("osaka-contractor/1.1"));

    [Fact]
    public void TitleOf_UnknownKey_TheKeyItself() => Assert.Equal("osaka-contractor/0.9", Library.TitleOf("osaka-contractor/0.9"));

    /// <summary>The shipped version and the tests' invented second one (tests/fixtures/guidelines).</summary>
    private static GuidelineLibrary WithSecondVersion() => GuidelineLibrary.LoadFrom([
        Path.Combine(ScreeningTestData.RepositoryRoot, "templates"),
        Path.Combine(ScreeningTestData.RepositoryRoot, "tests", "fixtures", "guidelines"),
    ]);

    [Fact]
    public void NewerVersionInTheFolder_NotCurrentUntilAdopted()
    {
        var library = WithSecondVersion();

        Assert.Equal("osaka-contractor/1.1", library.Current.Key);
        library.Adopt("osaka-contractor/test-2.0");
        Assert.Equal("osaka-contractor/test-2.0", library.Current.Key);
    }

    [Fact]
    public void SecondVersion_OneMoreChecklistItem_AsDataOnly()
    {
        var library = WithSecondVersion();

        Assert.Equal(library.Get("osaka-contractor/1.1").ChecklistItems.Count + 1, library.Get("osaka-contractor/test-2.0").ChecklistItems.Count);
    }

    [Fact]
    public void Adopt_UnknownVersion_Refused() =>
        Assert.Throws<KeyNotFoundException>(() => WithSecondVersion().Adopt("osaka-contractor/0.9"));
}
