using BenchmarkDotNet.Attributes;
using ContractorAiReview.Documents;
using ContractorAiReview.UnitTests.Documents;

namespace ContractorAiReview.Benchmarks;

/// <summary>Warm rendering time, allocations and PDF size per document kind. Each benchmark returns the PDF's length.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class DocumentBenchmarks
{
    private sealed class Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public Config() => AddColumn(new PdfSizeColumn());
    }

    private readonly PdfDocumentRenderer _renderer = new();
    private ConfirmationNoticeModel _notice = null!;
    private ConfirmationRequestFormModel _form = null!;
    private ConfirmationRequestFormModel _longForm = null!;
    private ReturnNoticeModel _return = null!;
    private SpecialSpecificationModel _specification = null!;
    private DeliverableConsentModel _consent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _notice = DocumentSamples.Notice(DocumentSamples.Stamp);
        _form = DocumentSamples.RequestForm(stamp: DocumentSamples.Stamp);
        _longForm = DocumentSamples.RequestForm(DocumentSamples.LongAnswer(5000));
        _return = DocumentSamples.Return();
        _specification = DocumentSamples.Specification();
        _consent = DocumentSamples.Consent();
        _renderer.RenderConfirmationNotice(_notice); // font loading and parsing happen once per process
    }

    [Benchmark(Baseline = true)]
    public int ConfirmationNotice() => _renderer.RenderConfirmationNotice(_notice).Length;

    [Benchmark]
    public int ConfirmationRequestForm() => _renderer.RenderConfirmationRequestForm(_form).Length;

    [Benchmark]
    public int ConfirmationRequestFormWith5000CharAnswer() => _renderer.RenderConfirmationRequestForm(_longForm).Length;

    [Benchmark]
    public int ReturnNotice() => _renderer.RenderReturnNotice(_return).Length;

    [Benchmark]
    public int SpecialSpecification() => _renderer.RenderSpecialSpecification(_specification).Length;

    [Benchmark]
    public int DeliverableConsent() => _renderer.RenderDeliverableConsent(_consent).Length;
}
