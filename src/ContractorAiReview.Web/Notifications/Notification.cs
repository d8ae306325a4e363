namespace ContractorAiReview.Web.Notifications;

/// <summary>What happened, as the notification centre and the e-mail templates name it.</summary>
public enum NotificationKind
{
    /// <summary>到達通知: the contractor's request arrived (to the contractor).</summary>
    Received = 0,
    /// <summary>A new filing waits in the department's queue (to the staff who may take it).</summary>
    NewTask = 1,
    /// <summary>補正通知: returned with reasons and, if set, a resubmit-by date (to the contractor).</summary>
    Returned = 2,
    /// <summary>Confirmed; the notice is issued (to the contractor).</summary>
    Confirmed = 3,
    /// <summary>Forwarded for approval (to the approvers of the next step).</summary>
    ForApproval = 4,
    /// <summary>Sent back inside the office (to the person it went back to).</summary>
    SentBack = 5,
    /// <summary>Handed to someone (to the new holder).</summary>
    Assigned = 6,
    /// <summary>The confirmation was suspended (to the contractor).</summary>
    Suspended = 7,
    /// <summary>The suspension was lifted (to the contractor).</summary>
    Resumed = 8,
    /// <summary>The confirmation was revoked (to the contractor).</summary>
    Revoked = 9,
    /// <summary>The contractor withdrew a filed request (to the department's staff).</summary>
    Withdrawn = 10,
    /// <summary>Reminder: the step is due on the next business day (to its holder, or its role's people if nobody holds it).</summary>
    DueSoon = 11,
    /// <summary>Reminder: the step is due today.</summary>
    DueToday = 12,
    /// <summary>Escalation: the step is past its deadline (to the department's approvers, or the administrators).</summary>
    Overdue = 13,
    /// <summary>Reminder to the contractor: the returned request is to be resubmitted by the next business day.</summary>
    ResubmitSoon = 14,
    /// <summary>A newer guideline version was made current: the confirmation is to be confirmed again (to the contractor).</summary>
    ReconfirmationDue = 15,
}

/// <summary>
/// One in-app notification for one person: what happened to which request, and whether they have read it. The text
/// is written when shown, in the reader's language, from the kind and the request number.
/// </summary>
public sealed class Notification
{
    public long Id { get; private set; }
    public string UserId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public int? RequestId { get; private set; }
    public string RequestNumber { get; private set; } = "";
    public DateTimeOffset CreatedAtUtc { get; private set; }
    public DateTimeOffset? ReadAtUtc { get; private set; }

    private Notification()
    {
    }

    public static Notification For(string userId, NotificationKind kind, int requestId, string requestNumber, DateTimeOffset nowUtc) =>
        new() { UserId = userId, Kind = kind, RequestId = requestId, RequestNumber = requestNumber, CreatedAtUtc = nowUtc };

    public bool IsRead => ReadAtUtc is not null;

    public void MarkRead(DateTimeOffset nowUtc) => ReadAtUtc ??= nowUtc;
}
