using System.Diagnostics;
using ContractorAiReview.Documents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>The app's telemetry as an exporter receives it: request traces, and the product's own PDF render time.</summary>
public sealed class TelemetryTests(TelemetryTests.CollectingFactory app) : IClassFixture<TelemetryTests.CollectingFactory>
{
    /// <summary>The app with an in-memory exporter added beside whatever the configuration exports to.</summary>
    public sealed class CollectingFactory : AppFactory
    {
        public List<Metric> Metrics { get; } = [];

        public List<Activity> Activities { get; } = [];

        protected override void Configure(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddOpenTelemetry()
                .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics))
                .WithTracing(tracing => tracing.AddInMemoryExporter(Activities)));
    }

    [Fact]
    public async Task HttpRequest_IsTracedWithItsRoute()
    {
        using var client = app.CreateClient();

        await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        // The server's span ends just after the response is sent: give it a moment to be exported.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Traced() && DateTime.UtcNow < deadline)
        {
            app.Services.GetRequiredService<TracerProvider>().ForceFlush();
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(Traced(), "No server span for /health/live was exported.");

        bool Traced()
        {
            lock (app.Activities)
            {
                return app.Activities.Any(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == "/health/live");
            }
        }
    }

    [Fact]
    public void DocumentRender_RecordsItsDurationByKind()
    {
        app.Get<PdfDocumentRenderer>().RenderConfirmationRequestForm(new ConfirmationRequestFormModel(
            "AI2026-9999", Domain.Requests.RequestKind.New, null, "市民局区政課", "区役所窓口案内資料作成業務委託",
            Domain.Contracts.ContractKind.Contract, 2026, TestContent.Complete(), TestContent.Guideline));
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var render = Assert.Single(app.Metrics, m => m.Name == "contractor_ai_review.document.render.duration");
        var kinds = new List<string?>();
        foreach (ref readonly var point in render.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                kinds.Add(tag.Value as string);
            }
        }

        Assert.Contains("ConfirmationRequestForm", kinds);
    }
}
