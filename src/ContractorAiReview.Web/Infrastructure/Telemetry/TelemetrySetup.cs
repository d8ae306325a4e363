using System.Diagnostics.Metrics;
using ContractorAiReview.Documents;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContractorAiReview.Web.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces: HTTP requests (ASP.NET Core), Blazor circuits and their traces (.NET 10's own
/// meters and sources), EF Core's database meter, PDF render time and outbox delivery lag (this product's meter).
/// Exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set (for example http://collector:4317); otherwise
/// collected for nothing but kept cheap.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "ContractorAiReview";

    private static readonly Meter Meter = new(DocumentMetrics.MeterName);

    /// <summary>From an e-mail's creation to its delivery: how far behind the outbox is.</summary>
    public static readonly Histogram<double> OutboxDeliveryLag = Meter.CreateHistogram<double>(
        "contractor_ai_review.outbox.delivery.lag", unit: "s", description: "Time from an e-mail's creation to its delivery.");

    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } url ? new Uri(url) : null;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddMeter(DocumentMetrics.MeterName, "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits",
                        "Microsoft.AspNetCore.Components.Lifecycle", "Microsoft.EntityFrameworkCore");
                if (endpoint is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation()
                    .AddSource("Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Components.Server.Circuits");
                if (endpoint is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            });
        return services;
    }
}
