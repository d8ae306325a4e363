using System.Globalization;
using ContractorAiReview.Domain.Calendar;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ContractorAiReview.Web.Requests;

/// <summary>Request numbers run per fiscal year: AI2026-0001, AI2026-0002, ... (unique index; a clash is retried by the caller).</summary>
public static class RequestNumbers
{
    public static async Task<string> NextAsync(AppDbContext db, DateTimeOffset nowUtc, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"AI{JapaneseDate.FiscalYearOf(JapaneseDate.JapanDateOf(nowUtc))}-");
        var last = await db.Requests
            .Where(r => r.Number.StartsWith(prefix))
            .OrderByDescending(r => r.Number)
            .Select(r => r.Number)
            .FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last.AsSpan(prefix.Length), CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{next:D4}");
    }
}
