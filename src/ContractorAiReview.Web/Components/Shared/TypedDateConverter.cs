using System.Globalization;
using ContractorAiReview.Domain.Calendar;
using MudBlazor;

namespace ContractorAiReview.Web.Components.Shared;

/// <summary>
/// What a date field shows and reads: it shows 2026/12/03 and reads a date as people type it (2026-12-03, 20261203,
/// 令和8年12月3日, R8.12.3, full-width digits); anything else is refused with <paramref name="invalid"/> as the message.
/// </summary>
public sealed class TypedDateConverter(string invalid) : IReversibleConverter<DateTime?, string?>
{
    public const string Format = "yyyy/MM/dd";

    public string? Convert(DateTime? input) => input?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Whether the last text read was not a date (the picker then reports no date; the field keeps the one it had).</summary>
    public bool LastReadFailed { get; private set; }

    public DateTime? ConvertBack(string? input)
    {
        LastReadFailed = !string.IsNullOrWhiteSpace(input) && !JapaneseDate.TryParse(input, out _);
        return string.IsNullOrWhiteSpace(input) ? null
            : JapaneseDate.TryParse(input, out var date) ? date.ToDateTime(TimeOnly.MinValue)
            : throw new FormatException(invalid);
    }
}
