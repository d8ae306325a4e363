using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.UnitTests.Domain.Screening;

namespace ContractorAiReview.UnitTests.Domain.Guidelines;

/// <summary>People know a guideline version by its title and edition, never by the key the code uses.</summary>
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
}
