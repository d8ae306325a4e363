using ContractorAiReview.Domain.Organisations;

namespace ContractorAiReview.UnitTests.Domain.Organisations;

public sealed class CorporateNumberTests
{
    // Published corporate numbers (国税庁法人番号公表サイト): 国税庁 and 東京都.
    [Theory]
    [InlineData("7000012050002")]
    [InlineData("8000020130001")]
    public void IsValid_PublishedNumbers_True(string number) => Assert.True(CorporateNumber.IsValid(number));

    [Theory]
    [InlineData("8000012050002")] // check digit off by one
    [InlineData("7000012050003")] // last digit changed
    [InlineData("700001205000")] // 12 digits
    [InlineData("70000120500021")] // 14 digits
    [InlineData("７０００012050002")] // full-width digits
    [InlineData("7000-12050002")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongNumbers_False(string? number) => Assert.False(CorporateNumber.IsValid(number));

    [Fact]
    public void IsValid_AnySingleDigitChanged_False()
    {
        const string valid = "7000012050002";
        for (var i = 1; i < valid.Length; i++)
        {
            var digit = valid[i] - '0';
            var changed = valid[..i] + (char)('0' + (digit + 1) % 10) + valid[(i + 1)..];
            Assert.False(CorporateNumber.IsValid(changed), changed);
        }
    }
}
