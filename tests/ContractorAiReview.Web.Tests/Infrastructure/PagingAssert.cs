using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Tests.Infrastructure;

/// <summary>What every paged list must do: the page holds the rows the whole list, ordered as asked, has at its place.</summary>
public static class PagingAssert
{
    public const int Size = 2;

    /// <summary>The second page of <see cref="Size"/> rows, sorted by the column.</summary>
    public static PageRequest SecondPage(string? sort = null, bool descending = false) => PageRequest.Number(1, Size, sort, descending);

    /// <summary>
    /// <paramref name="page"/> is the second page of <paramref name="expected"/> (every row of the list, in the expected
    /// order, read from the data), and counts them all.
    /// </summary>
    public static void IsSecondPageOf<TRow, TKey>(IReadOnlyList<TKey> expected, Page<TRow> page, Func<TRow, TKey> key)
    {
        Assert.True(expected.Count > Size, $"The data needs more than one page of {Size} rows; it has {expected.Count}.");
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected.Skip(Size).Take(Size), page.Rows.Select(key));
    }

    /// <summary>An unknown column (or an attempt at SQL) sorts as the list's own order does.</summary>
    public static async Task UnknownSortFallsBackAsync<TRow>(Func<PageRequest, Task<Page<TRow>>> read, Func<TRow, object> key)
    {
        var unknown = await read(SecondPage("Id; DROP TABLE Contracts", descending: false));
        var own = await read(SecondPage());
        Assert.NotEmpty(own.Rows);
        Assert.Equal(own.Total, unknown.Total);
        Assert.Equal(own.Rows.Select(key), unknown.Rows.Select(key));
    }

    /// <summary>Every row of a list, read page by page as the table would.</summary>
    public static async Task<List<TKey>> AllAsync<TRow, TKey>(Func<PageRequest, Task<Page<TRow>>> read, Func<TRow, TKey> key)
    {
        var all = new List<TKey>();
        for (var index = 0; ; index++)
        {
            var page = await read(PageRequest.Number(index, PageRequest.MaxTake));
            all.AddRange(page.Rows.Select(key));
            if (page.Rows.Count == 0 || all.Count >= page.Total)
            {
                return all;
            }
        }
    }
}
