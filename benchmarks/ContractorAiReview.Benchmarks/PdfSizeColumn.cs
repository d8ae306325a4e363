using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ContractorAiReview.Benchmarks;

/// <summary>The size of the PDF each benchmark renders, next to its time: both are targets (notice &lt; 60 KB, form &lt; 150 KB).</summary>
public sealed class PdfSizeColumn : IColumn
{
    public string Id => nameof(PdfSizeColumn);
    public string ColumnName => "PDF bytes";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Size;
    public string Legend => "Size of the rendered PDF document";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var benchmarks = new DocumentBenchmarks();
        benchmarks.Setup();
        var method = typeof(DocumentBenchmarks).GetMethod(benchmarkCase.Descriptor.WorkloadMethod.Name)!;
        var bytes = (int)method.Invoke(benchmarks, null)!;
        return bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
