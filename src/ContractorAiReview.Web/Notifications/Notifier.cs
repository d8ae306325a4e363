using ContractorAiReview.Domain.Requests;
using ContractorAiReview.Web.Account;
using ContractorAiReview.Web.Documents;
using ContractorAiReview.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContractorAiReview.Web.Notifications;

/// <summary>Who hears of a move: the request's company, the department's people in a role, or one person.</summary>
public abstract record Recipients
{
    private Recipients()
    {
    }

    /// <summary>Every active person of the request's contractor company.</summary>
    public sealed record Contractor : Recipients;

    /// <summary>Every active person of the request's department in <paramref name="Role"/>.</summary>
    public sealed record DepartmentRole(string Role) : Recipients;

    /// <summary>One person, by id.</summary>
    public sealed record Person(string UserId) : Recipients;

    /// <summary>Whom a late task goes up to: the department's approvers, or every administrator where it has none.</summary>
    public sealed record Escalation : Recipients;

    public static readonly Recipients TheContractor = new Contractor();

    /// <summary>The people of the role that holds the request's current step.</summary>
    public static Recipients TheStep(ConfirmationRequest request) => new DepartmentRole(request.CurrentRouteStep!.Holder.ToString());

    /// <summary>Whoever works the request now: its holder, else the people of its step; null while it is not at a step.</summary>
    public static Recipients? WhoeverHolds(ConfirmationRequest request) =>
        request.AssigneeUserId is { } holder ? new Person(holder)
        : request.CurrentRouteStep is not null ? TheStep(request)
        : null;
}

/// <summary>
/// Adds to the caller's unit of work what a move tells people: an in-app notification for each recipient and an
/// e-mail in the outbox in their language, so both are saved with the move or not at all. Called by the move's handler.
/// The request comes with its contract, department and contractor loaded.
/// </summary>
public sealed class Notifier(
    MailTemplates templates, IOptions<DocumentOptions> documents, MailOptions mail, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Strings> l)
{
    /// <param name="facts">What this kind of message states beyond the request itself (reason, per-item reasons, step).</param>
    public async Task NotifyAsync(
        AppDbContext db, ConfirmationRequest request, NotificationKind kind, Recipients to,
        IReadOnlyDictionary<string, string?>? facts = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var domain = mail.MessageIdDomain;
        foreach (var person in await PeopleAsync(db, request, to, ct))
        {
            db.Notifications.Add(Notification.For(person.Id, kind, request.Id, request.Number, now));
            if (string.IsNullOrEmpty(person.Email))
            {
                continue;
            }

            var text = templates.Render(kind, person.Culture, Facts(request, person, facts));
            db.OutboxMessages.Add(OutboxMessage.Create(kind.ToString(), person.Email, person.DisplayName, text.Subject, text.Body, domain, now));
        }
    }

    private Dictionary<string, string?> Facts(ConfirmationRequest request, AppUser person, IReadOnlyDictionary<string, string?>? extra)
    {
        var language = person.Culture;
        var contract = request.Contract!;
        var facts = new Dictionary<string, string?>
        {
            ["Name"] = person.DisplayName,
            ["Number"] = request.Number,
            ["Contract"] = contract.Name,
            ["Department"] = contract.Department?.Name,
            ["Contractor"] = contract.Contractor?.Name,
            ["Link"] = $"{documents.Value.PublicBaseUrl?.TrimEnd('/')}/requests/{request.Id}",
            ["FiledAt"] = request.SubmittedAtUtc is { } filed ? MailTemplates.DateTime(filed, language) : null,
            ["DecisionDueOn"] = request.DecisionDueOn is { } due ? MailTemplates.Date(due, language) : null,
            ["ResubmitBy"] = request.ResubmitBy is { } by ? MailTemplates.Date(by, language) : null,
            ["StepDueOn"] = request.StepDueOn is { } stepDue ? MailTemplates.Date(stepDue, language) : null,
            ["Step"] = request.CurrentRouteStep?.Title,
            ["Reason"] = request.ReturnReason ?? request.SanctionReason,
            ["ItemReasons"] = string.Concat(request.ReturnItems.Select(i =>
                $"\n・{Requests.ReturnTargetLabels.In(System.Globalization.CultureInfo.GetCultureInfo(language), i.Target, l)}: {i.Reason}")),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            facts[key] = value;
        }

        return facts;
    }

    private static async Task<List<AppUser>> PeopleAsync(AppDbContext db, ConfirmationRequest request, Recipients to, CancellationToken ct)
    {
        var people = db.Users.Active();
        var department = people.Where(u => u.DepartmentId == request.DepartmentId);
        return to switch
        {
            Recipients.Contractor => await people.Where(u => u.ContractorId == request.ContractorId).ToListAsync(ct),
            Recipients.DepartmentRole(var role) => await department.InRole(db, role).ToListAsync(ct),
            Recipients.Person(var userId) => await people.Where(u => u.Id == userId).ToListAsync(ct),
            Recipients.Escalation => await department.InRole(db, Roles.Approver).ToListAsync(ct) is { Count: > 0 } approvers
                ? approvers
                : await people.InRole(db, Roles.Administrator).ToListAsync(ct),
            _ => [],
        };
    }
}
