using System.Security.Cryptography;

namespace ContractorAiReview.Web.Account;

/// <summary>
/// A password an administrator hands over once (a new staff account, a reset): random, long, and the person must
/// replace it at the next sign-in. Letters that look alike (0/O, 1/l/I) are left out: it is read off a screen.
/// </summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "#%+=?@";

    public static string Create(int length = 16)
    {
        var all = Upper + Lower + Digits + Symbols;
        // One of each kind, so any composition rule Identity is configured with is met; the rest at random.
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, length - 4).Select(_ => Pick(all)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
