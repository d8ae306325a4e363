using ContractorAiReview.Documents.Typesetting;

namespace ContractorAiReview.UnitTests.Documents.Typesetting;

public class LineBreakerTests
{
    // Full-width characters 1 unit, half-width (ASCII) 0.5: the proportions of a Japanese font, no font needed.
    private static double Width(string text) => text.Sum(c => c < 0x0100 ? 0.5 : 1.0);

    private const string NoStart = "、。，．」』）］｝〕〉》】ー・：；？！ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.)]}:;?!";
    private const string NoEnd = "「『（［｛〔〈《【([{";

    public static TheoryData<char> ClosingCharacters => new(NoStart.ToCharArray());

    public static TheoryData<char> OpeningCharacters => new(NoEnd.ToCharArray());

    [Fact]
    public void Break_TextShorterThanWidth_ReturnsOneLine()
    {
        var lines = LineBreaker.Break("確認しました", 10, Width);

        Assert.Equal(["確認しました"], lines);
    }

    [Fact]
    public void Break_JapaneseText_BreaksBetweenAnyCharactersAtTheWidth()
    {
        var lines = LineBreaker.Break("あいうえおかきくけこさし", 5, Width);

        Assert.Equal(["あいうえお", "かきくけこ", "さし"], lines);
    }

    [Fact]
    public void Break_ExplicitNewlines_StartNewLinesAndKeepEmptyOnes()
    {
        var lines = LineBreaker.Break("一行目\r\n\n三行目\r四行目", 10, Width);

        Assert.Equal(["一行目", "", "三行目", "四行目"], lines);
    }

    [Theory]
    [MemberData(nameof(ClosingCharacters))]
    public void Break_ClosingCharacterWouldStartLine_PushesPreviousCharacterDown(char closing)
    {
        var text = $"あいうえお{closing}かき";

        var lines = LineBreaker.Break(text, 5, Width);

        Assert.Equal(["あいうえ", $"お{closing}かき"], lines);
    }

    [Theory]
    [MemberData(nameof(OpeningCharacters))]
    public void Break_OpeningCharacterWouldEndLine_MovesItToNextLine(char opening)
    {
        var text = $"あいうえ{opening}おか";

        var lines = LineBreaker.Break(text, 5, Width);

        Assert.Equal(["あいうえ", $"{opening}おか"], lines);
    }

    [Fact]
    public void Break_SeveralClosingCharactersInARow_PushesBeforeAllOfThem()
    {
        var lines = LineBreaker.Break("あいうえお」。かき", 5, Width);

        Assert.Equal(["あいうえ", "お」。かき"], lines);
    }

    [Fact]
    public void Break_LatinWordAcrossTheWidth_MovesWholeWordToNextLine()
    {
        var lines = LineBreaker.Break("あいうMicrosoftえお", 6, Width);

        Assert.Equal(["あいう", "Microsoftえ", "お"], lines);
    }

    [Fact]
    public void Break_DecimalNumber_StaysWhole()
    {
        var lines = LineBreaker.Break("あいうえ第1.1版", 5.5, Width);

        Assert.Equal(["あいうえ第", "1.1版"], lines);
    }

    [Fact]
    public void Break_SpaceAtWrapPoint_IsDropped()
    {
        var lines = LineBreaker.Break("hello world again", 3, Width);

        Assert.Equal(["hello", "world", "again"], lines);
    }

    [Fact]
    public void Break_WordWiderThanTheLine_SplitsItByCharacters()
    {
        var lines = LineBreaker.Break("abcdefghij", 2, Width);

        Assert.Equal(["abcd", "efgh", "ij"], lines);
    }

    [Fact]
    public void Break_CharacterWiderThanTheLine_GetsALineOfItsOwn()
    {
        var lines = LineBreaker.Break("あいう", 0.5, Width);

        Assert.Equal(["あ", "い", "う"], lines);
    }

    [Fact]
    public void Break_EmptyText_ReturnsOneEmptyLine()
    {
        Assert.Equal([""], LineBreaker.Break("", 10, Width));
    }

    [Fact]
    public void Break_SurrogatePair_IsNeverSplit()
    {
        var lines = LineBreaker.Break("あい𠮷野家", 2, Width);

        Assert.All(lines, line => Assert.False(char.IsHighSurrogate(line[^1])));
        Assert.Equal("あい𠮷野家", string.Concat(lines));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(13.5)]
    [InlineData(30)]
    [InlineData(41)]
    public void Break_LongMixedAnswer_KeepsEveryRuleOnEveryLine(double width)
    {
        var text = DocumentSamples.LongAnswer(5000);

        var lines = LineBreaker.Break(text, width, Width);

        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.All(lines.Skip(1), line => Assert.DoesNotContain(line[0], NoStart));
        Assert.All(lines, line => Assert.DoesNotContain(line[^1], NoEnd));
        Assert.All(lines, line => Assert.True(Width(line) <= width, $"'{line}' is wider than {width}"));
        // Every occurrence of the Latin words survives whole on one line.
        Assert.Equal(CountOf(text, "Microsoft"), lines.Sum(l => CountOf(l, "Microsoft")));
        Assert.Equal(CountOf(text, "Teams"), lines.Sum(l => CountOf(l, "Teams")));
        Assert.Equal(CountOf(text, "2026"), lines.Sum(l => CountOf(l, "2026")));
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
