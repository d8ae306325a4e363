using System.Linq.Expressions;
using System.Reflection;

namespace ContractorAiReview.Web.Infrastructure.Data;

/// <summary>
/// A list's search box, in the database: the rows where any of the columns contains the text. The text as typed always
/// matches; so does another case of its letters where the provider's <c>upper()</c> folds them (SQLite only ASCII,
/// which covers e-mail addresses and Latin names).
/// </summary>
public static class TextSearch
{
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo ToUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;

    public static IQueryable<T> WhereAnyContains<T>(this IQueryable<T> query, string? text, params Expression<Func<T, string?>>[] columns)
    {
        if (string.IsNullOrWhiteSpace(text) || columns.Length == 0)
        {
            return query;
        }

        // Read through a property of an object, so that EF Core sends the text as a parameter, not as SQL.
        var term = Expression.Constant(new Term(text.Trim()));
        var asTyped = Expression.Property(term, nameof(Term.AsTyped));
        var upper = Expression.Property(term, nameof(Term.Upper));
        var row = Expression.Parameter(typeof(T), "row");
        var any = columns
            .Select(column => new Rebind(column.Parameters[0], row).Visit(column.Body))
            .Select(value => (Expression)Expression.AndAlso(
                Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
                Expression.OrElse(Expression.Call(value, Contains, asTyped), Expression.Call(Expression.Call(value, ToUpper), Contains, upper))))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(any, row));
    }

    private sealed class Term(string asTyped)
    {
        public string AsTyped { get; } = asTyped;
        public string Upper { get; } = asTyped.ToUpperInvariant();
    }

    /// <summary>Puts one row parameter in place of each column's own.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
