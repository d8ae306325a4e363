using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>Stores an instant as UTC ticks; reads it back as UTC.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
