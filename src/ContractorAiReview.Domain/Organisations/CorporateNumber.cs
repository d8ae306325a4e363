namespace ContractorAiReview.Domain.Organisations;

/// <summary>
/// 法人番号: 13 digits whose first digit is a check digit over the other twelve (法人番号の指定等に関する省令 第2条):
/// check = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit of the twelve counted from the right, Qn = 1 for odd n, 2 for even n.
/// </summary>
public static class CorporateNumber
{
    public const int Length = 13;

    public static bool IsValid(string? number) =>
        number is { Length: Length } && number.All(char.IsAsciiDigit) && number[0] - '0' == CheckDigitOf(number[1..]);

    /// <summary>The check digit for a 12-digit base number.</summary>
    public static int CheckDigitOf(string twelveDigits)
    {
        if (twelveDigits.Length != Length - 1 || !twelveDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A corporate number's base is twelve ASCII digits.", nameof(twelveDigits));
        }

        var sum = 0;
        for (var n = 1; n <= twelveDigits.Length; n++)
        {
            var digit = twelveDigits[^n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - sum % 9;
    }
}
