using System.Globalization;
using System.Net;
using ContractorAiReview.Web.Tests.Infrastructure;

namespace ContractorAiReview.Web.Tests.Documents;

/// <summary>One word for one thing: the screen says what the filed form and the issued documents say.</summary>
public sealed class OfficialWordingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void NameRow_ScreenLabelIsTheTemplatesLabel()
    {
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
        try
        {
            Assert.Equal(TestContent.Guideline.RequestForm.NameLabel, Localization.Strings["Form.ContractorName"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Fact]
    public async Task VerifyPage_CallsTheCodeWhatTheDocumentsCallIt()
    {
        using var anonymous = app.CreateClient();
        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/verify", TestContext.Current.CancellationToken));

        // LetterParts prints 照合コード under every issued document.
        Assert.Contains("照合コード", html, StringComparison.Ordinal);
        Assert.DoesNotContain("確認コード", html, StringComparison.Ordinal);
    }
}
