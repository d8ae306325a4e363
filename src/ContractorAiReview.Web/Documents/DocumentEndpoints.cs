using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Documents;

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        // The stored PDF, byte for byte; only the request's contractor and department may download it.
        app.MapGet("/documents/{id:int}", async (int id, HttpContext http, IDbContextFactory<AppDbContext> dbFactory, CancellationToken ct) =>
        {
            var user = CurrentUser.From(http.User);
            if (user is null)
            {
                return Results.Challenge();
            }

            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var document = await db.IssuedDocuments.AsNoTracking()
                .Where(d => d.Id == id)
                .Where(d => (user.IsContractor && d.ContractorId == user.ContractorId)
                            || (user.IsOfficer && d.DepartmentId == user.DepartmentId))
                .SingleOrDefaultAsync(ct);
            return document is null
                ? Results.NotFound()
                : Results.File(document.Content, "application/pdf", $"{document.DocumentNumber}.pdf");
        }).RequireAuthorization();

        return app;
    }
}
