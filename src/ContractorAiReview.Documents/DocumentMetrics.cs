using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContractorAiReview.Documents;

/// <summary>How long each document takes to render, by kind: the figure the benchmarks measure, seen in production.</summary>
public static class DocumentMetrics
{
    /// <summary>The meter of the whole product (the web app adds its own instruments to the same name).</summary>
    public const string MeterName = "ContractorAiReview";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> RenderDuration = Meter.CreateHistogram<double>(
        "contractor_ai_review.document.render.duration", unit: "s", description: "Time to render one official PDF.");

    internal static byte[] Measure(string kind, Func<byte[]> render)
    {
        var started = Stopwatch.GetTimestamp();
        var pdf = render();
        RenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("document.kind", kind));
        return pdf;
    }
}
