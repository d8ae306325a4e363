namespace ContractorAiReview.Domain.Routing;

/// <summary>Who may hold a step of a route: the department's officers (担当) or its approvers (課長, 局長).</summary>
public enum StepHolder
{
    /// <summary>担当: a department officer checks the request.</summary>
    DepartmentOfficer = 0,
    /// <summary>決裁: a department approver approves it.</summary>
    Approver = 1,
}

/// <summary>
/// One step of a route: its title as the notice prints it (担当, 課長, 局長), who may hold it and the business days
/// it is given.
/// </summary>
public sealed record RouteStep(string Title, StepHolder Holder, int BusinessDays)
{
    public const int MaxTitleLength = 20;
    public const int MaxBusinessDays = 60;
}

/// <summary>
/// 決裁ルート: the steps a department's filed request passes before the decision, one version of it. A version never
/// changes once saved: a department changes its route by saving a new version, and a request finishes on the version
/// it was filed under.
/// </summary>
public sealed class ApprovalRoute
{
    public const int MaxSteps = 3;

    public int Id { get; private set; }
    public int DepartmentId { get; private set; }

    /// <summary>1 for the department's first route, then one more with each change.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<RouteStep> Steps { get; private set; } = [];
    public DateTimeOffset CreatedAtUtc { get; private set; }
    public string CreatedByUserId { get; private set; } = "";

    private ApprovalRoute()
    {
    }

    /// <summary>What a new department starts with: its officer checks and decides.</summary>
    public static IReadOnlyList<RouteStep> SingleStep(int businessDays) => [new("担当", StepHolder.DepartmentOfficer, businessDays)];

    /// <summary>A route's first version or the next one after <paramref name="latest"/>; refuses a route that breaks <see cref="Problems"/>.</summary>
    public static ApprovalRoute Create(int departmentId, ApprovalRoute? latest, IReadOnlyList<RouteStep> steps, string userId, DateTimeOffset nowUtc)
    {
        if (latest is not null && latest.DepartmentId != departmentId)
        {
            throw new ArgumentException("The latest route belongs to another department.", nameof(latest));
        }

        if (Problems(steps).FirstOrDefault() is { } problem)
        {
            throw new ArgumentException($"The route is not valid: {problem}.", nameof(steps));
        }

        return new ApprovalRoute
        {
            DepartmentId = departmentId,
            Version = (latest?.Version ?? 0) + 1,
            Steps = [.. steps.Select(s => s with { Title = s.Title.Trim() })],
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
        };
    }

    /// <summary>
    /// What makes a route unusable: no step or more than <see cref="MaxSteps"/>; a first step not held by an officer
    /// (担当 checks first); a later step not held by an approver; a blank or long title; days out of range.
    /// </summary>
    public static IEnumerable<RouteProblem> Problems(IReadOnlyList<RouteStep> steps)
    {
        if (steps.Count is 0 or > MaxSteps)
        {
            yield return new RouteProblem(null, RouteProblemKind.StepCount);
            yield break;
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (string.IsNullOrWhiteSpace(step.Title) || step.Title.Trim().Length > RouteStep.MaxTitleLength)
            {
                yield return new RouteProblem(i, RouteProblemKind.Title);
            }

            if (step.BusinessDays is < 1 or > RouteStep.MaxBusinessDays)
            {
                yield return new RouteProblem(i, RouteProblemKind.BusinessDays);
            }

            if (step.Holder != (i == 0 ? StepHolder.DepartmentOfficer : StepHolder.Approver))
            {
                yield return new RouteProblem(i, RouteProblemKind.Holder);
            }
        }
    }

    public RouteStep this[int step] => Steps[step];

    public bool IsLast(int step) => step == Steps.Count - 1;
}

public enum RouteProblemKind
{
    StepCount,
    Title,
    BusinessDays,
    Holder,
}

/// <summary>What is wrong with a route, and at which step (null for the route as a whole).</summary>
public sealed record RouteProblem(int? Step, RouteProblemKind Kind);
