using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// One page of a list as a table asks for it: how many rows to skip and take, and the column (a label of the list's
/// <see cref="SortColumns{T}"/>) and direction to sort by. A null <paramref name="Sort"/> means the list's own order.
/// </summary>
public sealed record PageRequest(int Skip = 0, int Take = PageRequest.DefaultTake, string? Sort = null, bool Descending = false)
{
    public const int DefaultTake = 25;
    public const int MaxTake = 100;

    /// <summary>What a server-side <see cref="MudTable{T}"/> asks for; an unsorted column falls back to the list's own order.</summary>
    public static PageRequest From(TableState state) => new(
        state.Page * state.PageSize, state.PageSize,
        state.SortDirection == SortDirection.None ? null : state.SortLabel,
        state.SortDirection == SortDirection.Descending);

    /// <summary>The page of a list whose page is <paramref name="index"/> (from 0), <paramref name="size"/> rows long.</summary>
    public static PageRequest Number(int index, int size, string? sort = null, bool descending = false) => new(index * size, size, sort, descending);

    internal int SafeSkip => Math.Max(0, Skip);

    internal int SafeTake => Math.Clamp(Take, 1, MaxTake);
}

/// <summary>One page of rows and how many rows the whole list has.</summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, int Total)
{
    public static Page<T> Empty { get; } = new([], 0);

    public TableData<T> ToTableData() => new() { Items = Rows, TotalItems = Total };
}

/// <summary>
/// The columns a list may be sorted by: each label maps to an expression the database sorts by, so nothing else can be
/// asked for. An unknown label sorts by the default; the tie-breaker (the id) keeps pages stable.
/// </summary>
public sealed class SortColumns<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _columns = new(StringComparer.Ordinal);
    private Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> _tieBreaker = (sorted, _) => sorted;
    private string? _default;
    private bool _defaultDescending;

    public SortColumns<T> Add<TKey>(string label, Expression<Func<T, TKey>> key)
    {
        _columns.Add(label, (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key));
        return this;
    }

    /// <summary>The order when none (or an unknown column) is asked for; the label must have been added.</summary>
    public SortColumns<T> Default(string label, bool descending)
    {
        if (!_columns.ContainsKey(label))
        {
            throw new ArgumentException($"'{label}' is not a sort column.", nameof(label));
        }

        (_default, _defaultDescending) = (label, descending);
        return this;
    }

    /// <summary>The unique key that orders rows equal in the sorted column, in the same direction.</summary>
    public SortColumns<T> ThenBy<TKey>(Expression<Func<T, TKey>> key)
    {
        _tieBreaker = (sorted, descending) => descending ? sorted.ThenByDescending(key) : sorted.ThenBy(key);
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, PageRequest page)
    {
        var (label, descending) = page.Sort is { } sort && _columns.ContainsKey(sort)
            ? (sort, page.Descending)
            : (_default ?? throw new InvalidOperationException("No default sort column."), _defaultDescending);
        return _tieBreaker(_columns[label](query, descending), descending);
    }
}

public static class PagingExtensions
{
    /// <summary>Counts the rows and reads one page of them, sorted as asked, in the database.</summary>
    public static Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest page, SortColumns<T> columns, CancellationToken ct) =>
        query.ToPageAsync(page, columns, row => row, ct);

    /// <summary>
    /// As <see cref="ToPageAsync{T}(IQueryable{T}, PageRequest, SortColumns{T}, CancellationToken)"/>, sorted by the entity's
    /// columns and each row of the page then selected in the database as the list shows it.
    /// </summary>
    public static async Task<Page<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> query, PageRequest page, SortColumns<T> columns, Expression<Func<T, TRow>> select, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var rows = await columns.Apply(query, page).Skip(page.SafeSkip).Take(page.SafeTake).Select(select).ToListAsync(ct);
        return new Page<TRow>(rows, total);
    }

    public static Page<TRow> Map<T, TRow>(this Page<T> page, Func<T, TRow> map) => new([.. page.Rows.Select(map)], page.Total);
}
