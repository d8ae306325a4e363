using System.Security.Cryptography;
using System.Text;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// A single-use link with which a contractor's person creates their own account for one company. Only the SHA-256 of
/// the token is stored: the link itself is shown (or mailed) once.
/// </summary>
public sealed class Invitation
{
    public int Id { get; private set; }
    public int ContractorId { get; private set; }
    public string Email { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAtUtc { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public DateTimeOffset ExpiresAtUtc { get; private set; }
    public DateTimeOffset? AcceptedAtUtc { get; private set; }
    public string? AcceptedUserId { get; private set; }

    private Invitation()
    {
    }

    /// <returns>The invitation and the token to put in the link (never stored).</returns>
    public static (Invitation Invitation, string Token) Issue(int contractorId, string email, string createdByUserId, DateTimeOffset nowUtc, TimeSpan validFor)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new Invitation
        {
            ContractorId = contractorId,
            Email = email.Trim(),
            TokenHash = HashOf(token),
            CreatedAtUtc = nowUtc,
            CreatedByUserId = createdByUserId,
            ExpiresAtUtc = nowUtc + validFor,
        }, token);
    }

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsUsable(DateTimeOffset nowUtc) => AcceptedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Accept(string userId, DateTimeOffset nowUtc)
    {
        if (!IsUsable(nowUtc))
        {
            throw new InvalidOperationException("The invitation has been used or has expired.");
        }

        AcceptedAtUtc = nowUtc;
        AcceptedUserId = userId;
    }
}
