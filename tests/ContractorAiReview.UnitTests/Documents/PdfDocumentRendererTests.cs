using ContractorAiReview.Documents;
using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Requests;

namespace ContractorAiReview.UnitTests.Documents;

public class PdfDocumentRendererTests
{
    private readonly PdfDocumentRenderer _renderer = new();

    [Fact]
    public void RenderConfirmationNotice_SampleNotice_StatesEveryModelFieldWithEraDates()
    {
        var model = DocumentSamples.Notice(DocumentSamples.Stamp);

        var pdf = PdfText.Read(_renderer.RenderConfirmationNotice(model));

        pdf.AssertContains("確認通知書");
        foreach (var expected in new[]
                 {
                     model.RequestNumber, model.AmendedRequestNumber!, model.ContractName, model.ContractorName,
                     model.RepresentativeTitleAndName, model.DepartmentName, model.OfficerName, model.Guideline.Title,
                     model.Guideline.Version, model.Conditions[0],
                     model.Stamp!.DocumentNumber, model.Stamp.VerificationCode, model.Stamp.VerificationUrl,
                 })
        {
            pdf.AssertContains(expected);
        }

        foreach (var service in model.Services)
        {
            pdf.AssertContains(service.ServiceName);
            pdf.AssertContains(service.Provider);
            pdf.AssertContains(service.TermsOfUse);
        }

        pdf.AssertContains("令和8年11月22日"); // confirmed on 2026-11-22
        pdf.AssertContains("令和8年11月16日付け"); // requested on 2026-11-16
        pdf.AssertContains("令和8年度　契約");
        pdf.AssertContains("変更（変更前の確認依頼番号 AI2026-0003）");
        pdf.AssertContains("①文章、②音声");
        pdf.AssertContains("③画像、⑤その他（図表の下書き）");
    }

    [Fact]
    public void RenderConfirmationNotice_NewRequestUnderDesignatedManagement_ShowsKindAndAgreement()
    {
        var model = DocumentSamples.Notice() with
        {
            RequestKind = RequestKind.New,
            AmendedRequestNumber = null,
            ContractKind = ContractKind.DesignatedManagement,
            ContractFiscalYear = 2020,
            Conditions = [],
        };

        var pdf = PdfText.Read(_renderer.RenderConfirmationNotice(model));

        pdf.AssertContains("区分新規");
        pdf.AssertContains("令和2年度指定管理の協定");
        Assert.DoesNotContain("変更前", pdf.All);
        pdf.AssertContains("確認の条件なし");
        Assert.DoesNotContain("照合コード", pdf.All);
    }

    [Fact]
    public void RenderConfirmationNotice_SampleNotice_IsOnePageWellUnder60KB()
    {
        var bytes = _renderer.RenderConfirmationNotice(DocumentSamples.Notice(DocumentSamples.Stamp));

        var pdf = PdfText.Read(bytes);
        Assert.Single(pdf.Pages);
        Assert.True(bytes.Length < 60 * 1024, $"The notice is {bytes.Length:N0} bytes.");
    }

    [Fact]
    public void RenderConfirmationNotice_TwelveServices_FlowsOntoASecondPageNumberedOfTwo()
    {
        var services = Enumerable.Range(1, 12).Select(i => new AiServiceUse
        {
            Modalities = AiModality.Text,
            ServiceName = $"業務支援チャット{i}号",
            Provider = "株式会社なにわ情報システム",
            TermsOfUse = "法人向け契約（入力データを学習に利用しない設定）",
        }).ToList();
        var model = DocumentSamples.Notice(DocumentSamples.Stamp) with { Services = services };

        var pdf = PdfText.Read(_renderer.RenderConfirmationNotice(model));

        Assert.Equal(2, pdf.Pages.Count);
        Assert.Contains("1/2", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("2/2", pdf.Pages[1], StringComparison.Ordinal);
        foreach (var service in services)
        {
            pdf.AssertContains(service.ServiceName);
        }

        pdf.AssertContains(model.Stamp!.VerificationUrl);
    }

    [Fact]
    public void RenderConfirmationNotice_AnyDocument_EmbedsIpaexSubsetsAndTitle()
    {
        var pdf = PdfText.Read(_renderer.RenderConfirmationNotice(DocumentSamples.Notice()));

        Assert.Contains(pdf.FontNames, f => f.Contains('+') && f.EndsWith("IPAexMincho", StringComparison.Ordinal));
        Assert.Contains(pdf.FontNames, f => f.Contains('+') && f.EndsWith("IPAexGothic", StringComparison.Ordinal));
        Assert.Equal("生成AI利用に関する確認通知書", pdf.Title);
    }

    [Fact]
    public void RenderConfirmationRequestForm_NameRow_SaysWhatTheScreenSays()
    {
        // The seed's 署名又は名称 is a doubtful reading of the form image; the template says why it uses 商号又は名称.
        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm()));

        pdf.AssertContains(DocumentSamples.Guideline.RequestForm.NameLabel);
        Assert.Equal("商号又は名称", DocumentSamples.Guideline.RequestForm.NameLabel);
    }

    [Fact]
    public void RenderConfirmationRequestForm_ChangeRequest_PrintsWhatChangesAndWhy()
    {
        var content = DocumentSamples.Content();
        content.ChangeDescription = "画像生成サービスを追加する。";
        content.ChangeReason = "広報用の挿絵の下書きに使うため。";

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(
            DocumentSamples.RequestForm(content: content) with { RequestKind = RequestKind.Change, AmendedRequestNumber = "AI2026-0001" }));

        pdf.AssertContains("変更内容：画像生成サービスを追加する。");
        pdf.AssertContains("変更理由：広報用の挿絵の下書きに使うため。");
    }

    [Fact]
    public void RenderConfirmationRequestForm_SampleForm_QuotesEveryChecklistItemVerbatim()
    {
        var guideline = DocumentSamples.Guideline;

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm()));

        Assert.NotEmpty(guideline.ChecklistItems);
        foreach (var item in guideline.ChecklistItems)
        {
            pdf.AssertContains(item.Text);
        }
    }

    [Fact]
    public void RenderConfirmationRequestForm_SampleForm_UsesTheGuidelineFormWording()
    {
        var text = DocumentSamples.Guideline.RequestForm;

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm()));

        var labels = new List<string>
        {
            text.Title, text.AddresseePrefix + "市民局総務課", text.AddressLabel, text.NameLabel, text.RepresentativeLabel,
            text.ItemContract, text.ItemKind, text.ItemUser, text.ItemDetails, text.ItemDetailsNote, text.ContactLabel,
            text.SheetTitle, text.Part1Title, text.Part2Title, text.Part2Lead, text.Part2Heading, text.Closing,
            text.Part1Rows.Usage, text.Part1Rows.Services, text.Part1Rows.Provenance, text.Part1Rows.ProvenanceCurated,
            text.Part1Rows.ProvenanceNotCurated, text.Part1Rows.ScopeOfUsers, text.Part1Rows.Management, text.Part1Rows.Legal,
        };
        labels.AddRange(text.Pledge);
        foreach (var label in labels)
        {
            pdf.AssertContains(label);
        }
    }

    [Fact]
    public void RenderConfirmationRequestForm_SampleForm_StatesTheAnswersAndTicksTheChoices()
    {
        var model = DocumentSamples.RequestForm();
        var text = model.Guideline.RequestForm;
        var content = model.Content;

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(model));

        pdf.AssertContains("令和8年11月16日");
        pdf.AssertContains($"{model.ContractName}（令和8年度締結・指定管理の協定）");
        pdf.AssertContains($"■{text.KindNew}□{text.KindChange}");
        // Both boxes ticked: the contractor itself and two subcontractors, each named.
        pdf.AssertContains($"■{text.UserContractor}■{text.UserSubcontractor}（社名：株式会社さくらデータサービス、有限会社みなと翻訳）");
        pdf.AssertContains("■①文章■②音声□③画像□④動画□⑤その他");
        pdf.AssertContains("□①文章□②音声■③画像□④動画■⑤その他（図表の下書き）");
        pdf.AssertContains("□" + text.Part1Rows.ProvenanceCurated + "■" + text.Part1Rows.ProvenanceNotCurated);
        foreach (var answer in new[]
                 {
                     content.ContractorAddress, content.ContractorName, content.RepresentativeTitleAndName, content.Business,
                     content.Purpose, content.Method, content.ScopeOfUsers, content.SecurityManagement,
                     content.UsageLogManagement, content.LegalCompliance, content.ContactDepartment, content.ContactName,
                     content.ContactPhone, content.ContactFax!,
                 })
        {
            pdf.AssertContains(answer);
        }
    }

    [Fact]
    public void RenderConfirmationRequestForm_TwoItemsNotTicked_MarksOnlyTheTickedOnes()
    {
        var content = DocumentSamples.Content();
        content.SetTicked(4, false);
        content.SetTicked(11, false);
        var guideline = DocumentSamples.Guideline;

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(content: content)));

        var marksInLead = guideline.RequestForm.Part2Lead.Count(c => c == '〇');
        Assert.Equal(11 + marksInLead, pdf.All.Count(c => c == '〇'));
        foreach (var item in guideline.ChecklistItems)
        {
            var ticked = content.IsTicked(item.Number);
            var row = PdfText.Normalize($"{(ticked ? "〇" : "")}{item.Number}{item.Text}");
            Assert.True(pdf.All.Contains(row, StringComparison.Ordinal), $"Item {item.Number} should be {(ticked ? "" : "un")}ticked.");
        }
    }

    [Fact]
    public void RenderConfirmationRequestForm_SampleForm_IsThreePagesUnder150KB()
    {
        var bytes = _renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(stamp: DocumentSamples.Stamp));

        var pdf = PdfText.Read(bytes);
        Assert.Equal(3, pdf.Pages.Count);
        Assert.True(bytes.Length < 150 * 1024, $"The request form is {bytes.Length:N0} bytes.");
        Assert.Contains("1/3", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("3/3", pdf.Pages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void RenderConfirmationRequestForm_5000CharacterAnswer_FlowsOntoMorePagesWithHeaderRepeated()
    {
        var answer = DocumentSamples.LongAnswer(5000);
        var model = DocumentSamples.RequestForm(answer);

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(model));

        Assert.True(pdf.Pages.Count >= 5, $"Expected the answer to need more pages, got {pdf.Pages.Count}.");
        // Pages holding only the continuation of the answer start again with the table's header row.
        var continuation = pdf.Pages.Skip(2).Where(p => p.Contains("MicrosoftTeams", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continuation);
        Assert.All(continuation, page => Assert.StartsWith("確認依頼番号AI2026-0007事項内容", page, StringComparison.Ordinal));
        // The whole answer survives, in order, once the repeated page furniture is taken out.
        var flowed = string.Concat(pdf.Pages.Select((page, i) => page
            .Replace("確認依頼番号AI2026-0007", "", StringComparison.Ordinal)
            .Replace($"{i + 1}/{pdf.Pages.Count}", "", StringComparison.Ordinal)
            .Replace("事項内容", "", StringComparison.Ordinal)
            .Replace(Watermark, "", StringComparison.Ordinal)));
        Assert.Contains(PdfText.Normalize("利用方法：" + answer), flowed, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderReturnNotice_SampleReturn_StatesReasonsPerItemAndTheDeadline()
    {
        var model = DocumentSamples.Return();

        var pdf = PdfText.Read(_renderer.RenderReturnNotice(model));

        pdf.AssertContains("修正について（依頼）");
        pdf.AssertContains(model.Reason);
        foreach (var item in model.ItemReasons)
        {
            pdf.AssertContains(item.Item);
            pdf.AssertContains(item.Reason);
        }

        pdf.AssertContains("令和8年12月4日までに");
        pdf.AssertContains("令和8年11月20日");
        pdf.AssertContains(model.RequestNumber);
        pdf.AssertContains(model.ContractName);
        pdf.AssertContains(model.DepartmentName);
        pdf.AssertContains(model.OfficerName);
    }

    [Fact]
    public void RenderRevocationNotice_SampleRevocation_StatesWhatIsRevokedSinceWhenWhyAndWhoSigns()
    {
        var model = DocumentSamples.Revocation(DocumentSamples.Stamp);

        var pdf = PdfText.Read(_renderer.RenderRevocationNotice(model));

        pdf.AssertContains("確認の取消しについて（通知）");
        pdf.AssertContains(model.Reason);
        pdf.AssertContains(model.RequestNumber);
        pdf.AssertContains(model.NoticeNumber);
        pdf.AssertContains(model.ContractName);
        pdf.AssertContains("令和8年11月24日付けで確認した");
        pdf.AssertContains("令和9年1月12日");
        pdf.AssertContains($"{model.OfficerTitle}　{model.OfficerName}");
        pdf.AssertContains(DocumentSamples.Stamp.VerificationCode);
        Assert.Single(pdf.Pages);
    }

    [Fact]
    public void RenderReturnNotice_NoDeadlineNorItems_OmitsBoth()
    {
        var model = DocumentSamples.Return() with { ResubmitBy = null, ItemReasons = [] };

        var pdf = PdfText.Read(_renderer.RenderReturnNotice(model));

        pdf.AssertContains(model.Reason);
        Assert.DoesNotContain("までに", pdf.All);
        Assert.DoesNotContain("項目ごとの修正内容", pdf.All);
    }

    [Fact]
    public void RenderReturnNotice_ReasonWithTabsControlsAndTrailingLines_DrawsOnlyPrintableText()
    {
        var model = DocumentSamples.Return() with { Reason = "ログの\t保存期間\u0007を記載\r\nしてください。\n\n\n" };

        var bytes = _renderer.RenderReturnNotice(model);

        using var document = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var letters = document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).ToList();
        Assert.DoesNotContain(letters, l => l.Any(char.IsControl));
        PdfText.Read(bytes).AssertContains("ログの保存期間を記載してください。");
    }

    [Fact]
    public void RenderSpecialSpecification_SampleContract_QuotesPreambleAndEveryClauseNumbered()
    {
        var model = DocumentSamples.Specification();
        var specification = model.Guideline.SpecialSpecification;

        var pdf = PdfText.Read(_renderer.RenderSpecialSpecification(model));

        pdf.AssertContains(specification.Title);
        pdf.AssertContains(specification.Preamble);
        pdf.AssertContains(specification.RulesHeading);
        for (var i = 0; i < specification.Clauses.Count; i++)
        {
            pdf.AssertContains($"{i + 1}{specification.Clauses[i]}");
        }

        pdf.AssertContains(model.ContractName);
        pdf.AssertContains("令和8年度");
        pdf.AssertContains("大阪市市民局総務課");
    }

    [Fact]
    public void RenderSpecialSpecification_WithContractorAndStamp_StaysOnOnePage()
    {
        var model = DocumentSamples.Specification() with { Stamp = DocumentSamples.Stamp };

        var pdf = PdfText.Read(_renderer.RenderSpecialSpecification(model));

        Assert.Single(pdf.Pages);
        pdf.AssertContains(DocumentSamples.Stamp.VerificationCode);
    }

    [Theory]
    [InlineData(true, "同意します")]
    [InlineData(false, "同意しません")]
    public void RenderDeliverableConsent_Decision_StatesItWithServiceDeliverableAndRule3(bool consented, string decision)
    {
        var model = DocumentSamples.Consent() with { Consented = consented };

        var pdf = PdfText.Read(_renderer.RenderDeliverableConsent(model));

        pdf.AssertContains($"下記のとおり{decision}。");
        pdf.AssertContains(model.Deliverable);
        pdf.AssertContains(model.SimilarityCheck);
        pdf.AssertContains(model.Service.ServiceName);
        pdf.AssertContains(model.Guideline.Rule(3).Text);
        pdf.AssertContains("令和8年12月1日");
        pdf.AssertContains(model.RequestNumber);
    }

    [Fact]
    public void RenderConfirmationNotice_ManyThreadsAtOnce_AllSucceedWithTheSameText()
    {
        var expected = PdfText.Read(_renderer.RenderConfirmationNotice(DocumentSamples.Notice())).All;

        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = PdfText.Read(_renderer.RenderConfirmationNotice(DocumentSamples.Notice())).All);

        Assert.All(results, text => Assert.Equal(expected, text));
    }

    private const string Watermark = "下書き（プレビュー）";

    [Fact]
    public void RenderConfirmationRequestForm_Preview_EveryPageSaysItIsADraft()
    {
        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm()));

        Assert.True(pdf.Pages.Count > 1);
        Assert.All(pdf.Pages, page => Assert.Contains(Watermark, page, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderConfirmationRequestForm_Filed_NoDraftMark()
    {
        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(stamp: DocumentSamples.Stamp)));

        Assert.DoesNotContain(Watermark, pdf.All, StringComparison.Ordinal);
        pdf.AssertContains(DocumentSamples.Stamp.DocumentNumber);
    }

    [Fact]
    public void RenderConfirmationNotice_PreviewAndIssued_OnlyThePreviewIsMarked()
    {
        Assert.Contains(Watermark, PdfText.Read(_renderer.RenderConfirmationNotice(DocumentSamples.Notice())).All, StringComparison.Ordinal);
        Assert.DoesNotContain(Watermark, PdfText.Read(_renderer.RenderConfirmationNotice(DocumentSamples.Notice(DocumentSamples.Stamp))).All, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderConfirmationRequestForm_AttachedSheets_ListedWithSizeAndHash()
    {
        var content = DocumentSamples.Content();
        content.Attachments.Add(new AttachmentRef(Guid.NewGuid(), "別紙1_利用手順.pdf", AttachmentKind.Pdf, 52_000, "0123456789abcdef".PadRight(64, '0')));

        var pdf = PdfText.Read(_renderer.RenderConfirmationRequestForm(DocumentSamples.RequestForm(content: content)));

        pdf.AssertContains("別紙（添付ファイル）");
        pdf.AssertContains("別紙1_利用手順.pdf");
        pdf.AssertContains(content.Attachments[0].ShortHash);
        pdf.AssertContains(content.Attachments[0].SizeText);
    }
}
