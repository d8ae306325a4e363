using ContractorAiReview.Domain.Contracts;
using ContractorAiReview.Domain.Guidelines;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Resources;
using Microsoft.Extensions.Localization;

namespace ContractorAiReview.Web.Contracts;

public static class ContractEndpoints
{
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/contracts/import/template.csv", () =>
                Results.File(ContractCsvImport.Template(), "text/csv; charset=utf-8", "contracts-template.csv"))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Procurement));

        // The overview's filtered list; ContractOverview applies the same access rules as the page.
        app.MapGet("/contracts/overview/export.{format}", async (
            string format, int? department, int? year, string? status, OverviewPreset? preset, HttpContext http,
            ContractOverview overview, GuidelineLibrary guidelines, IStringLocalizer<Strings> l, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            if (user is null || !ContractOverview.MaySee(user) || format is not ("csv" or "xlsx"))
            {
                return Results.NotFound();
            }

            var rows = await overview.AllAsync(user, OverviewFilter.From(department, year, status, preset ?? OverviewPreset.None), ct: ct);
            string[] headers =
            [
                l["Contracts.Number"], l["Request.Contract"], l["Contracts.Kind"], l["Contracts.FiscalYear"], l["Contracts.Department"],
                l["Request.Contractor"], l["Contracts.Specification"], l["Overview.RequestStatus"], l["Overview.LastDecision"], l["Overview.LastDecisionAt"],
            ];
            var cells = rows.Select(r => (IReadOnlyList<string?>)
            [
                r.ContractNumber, r.ContractName, l[$"ContractKind.{r.Kind}"], Components.Shared.DateText.FiscalYear(r.FiscalYear), r.DepartmentName,
                r.ContractorName, r.SpecificationVersion is { } v ? guidelines.TitleOf(v)
                    : r.Type.IsExcludedFromSpecification() ? l["Contracts.Excluded"] : l["Contracts.NotAttached"],
                r.RequestStatus is { } s ? l[$"Status.{s}"] : l["Overview.NoRequest"],
                r.LastDecision is { } d ? l[$"Overview.Decision.{d}"].Value : null,
                r.LastDecisionAtUtc is { } at ? Components.Shared.DateText.Format(at) : null,
            ]);
            return format == "csv"
                ? Results.File(ContractExport.ToCsv(headers, cells), "text/csv; charset=utf-8", "contracts.csv")
                : Results.File(ContractExport.ToXlsx(headers, cells), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "contracts.xlsx");
        }).RequireAuthorization();
        return app;
    }
}
