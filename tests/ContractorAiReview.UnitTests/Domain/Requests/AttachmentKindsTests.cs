using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Tests.Shared;

namespace ContractorAiReview.UnitTests.Domain.Requests;

public sealed class AttachmentKindsTests
{
    public static TheoryData<string, AttachmentKind> Accepted => new()
    {
        { nameof(SampleFiles.Pdf), AttachmentKind.Pdf },
        { nameof(SampleFiles.Png), AttachmentKind.Png },
        { nameof(SampleFiles.Jpeg), AttachmentKind.Jpeg },
        { nameof(SampleFiles.Docx), AttachmentKind.Word },
        { nameof(SampleFiles.Xlsx), AttachmentKind.Excel },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Detect_FileOfAnAcceptedKind_IsKnownByItsContent(string sample, AttachmentKind expected)
    {
        Assert.Equal(expected, AttachmentKinds.Detect(Sample(sample)));
    }

    [Theory]
    [InlineData(nameof(SampleFiles.Program))]
    [InlineData(nameof(SampleFiles.PlainZip))]
    [InlineData(nameof(SampleFiles.BrokenZip))]
    public void Detect_AnythingElse_IsNoAcceptedKind(string sample)
    {
        Assert.Null(AttachmentKinds.Detect(Sample(sample)));
    }

    [Fact]
    public void Detect_Nothing_IsNoAcceptedKind()
    {
        Assert.Null(AttachmentKinds.Detect([]));
    }

    [Fact]
    public void Ref_ShortHashAndSize_AsTheFormPrintsThem()
    {
        var reference = new AttachmentRef(Guid.NewGuid(), "別紙1.pdf", AttachmentKind.Pdf, 1536 * 1024, new string('a', 64));

        Assert.Equal(12, reference.ShortHash.Length);
        Assert.Equal("1.5 MB", reference.SizeText);
    }

    private static byte[] Sample(string name) => (byte[])typeof(SampleFiles).GetProperty(name)!.GetValue(null)!;
}
