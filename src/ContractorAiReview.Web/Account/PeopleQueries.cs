using ContractorAiReview.Web.Infrastructure.Data;

namespace ContractorAiReview.Web.Account;

/// <summary>Who is who, as queries: the people of an organisation in a role, who may still sign in.</summary>
public static class PeopleQueries
{
    /// <summary>The people who are not disabled.</summary>
    public static IQueryable<AppUser> Active(this IQueryable<AppUser> users) => users.Where(u => !u.IsDisabled);

    /// <summary>The people holding <paramref name="role"/> (one of <see cref="Roles"/>), as the database answers it.</summary>
    public static IQueryable<AppUser> InRole(this IQueryable<AppUser> users, AppDbContext db, string role) =>
        users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
}
