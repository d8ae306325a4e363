using System.Text;

namespace ContractorAiReview.Documents.Typesetting;

/// <summary>
/// Breaks Japanese (and mixed Latin) text into lines that fit a width. Japanese may break between any two
/// characters except where kinsoku shori forbids it: a line never starts with closing punctuation or a small
/// kana and never ends with an opening bracket; a run of Latin letters or digits is a word and stays whole.
/// Pure: widths come from the caller, so the rules are testable without fonts.
/// </summary>
public static class LineBreaker
{
    // 行頭禁則: characters that must not start a line.
    private const string NoStart =
        "、。，．」』）］｝〕〉》】ー・：；？！ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" + ",.)]}:;?!";

    // 行末禁則: characters that must not end a line.
    private const string NoEnd = "「『（［｛〔〈《【" + "([{";

    // How many tokens a line may overrun the width by when no legal break exists before it
    // (e.g. a line that would otherwise be nothing but one character): the punctuation hangs.
    private const int MaxHangingTokens = 2;

    // One string per character, made once: tokens and clusters are mostly single characters, measured and looked up
    // by string many times per document (and again for every width a balanced title tries).
    private static readonly string?[] Characters = new string?[0x10000];

    public static bool CannotStartLine(char c) => NoStart.Contains(c);

    /// <summary>The one-character string of <paramref name="c"/>, the same instance every time.</summary>
    internal static string CharacterString(char c)
    {
        if (Volatile.Read(ref Characters[c]) is { } cached)
        {
            return cached;
        }

        var made = c.ToString();
        Volatile.Write(ref Characters[c], made); // a benign race: equal strings
        return made;
    }

    public static bool CannotEndLine(char c) => NoEnd.Contains(c);

    /// <summary>
    /// The lines of <paramref name="text"/> no wider than <paramref name="maxWidth"/> (except an unbreakable
    /// overrun), honouring explicit newlines. <paramref name="measure"/> returns the width of a piece of text
    /// (one character, a surrogate pair or a Latin word).
    /// </summary>
    public static IReadOnlyList<string> Break(string text, double maxWidth, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var lines = new List<string>();
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var paragraph in normalized.Split('\n'))
        {
            BreakParagraph(paragraph, maxWidth, measure, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string paragraph, double maxWidth, Func<string, double> measure, List<string> lines)
    {
        var tokens = Tokenize(paragraph);
        if (tokens.Count == 0)
        {
            lines.Add("");
            return;
        }

        var widths = tokens.ConvertAll(t => MeasureToken(t, measure));
        var start = 0;
        var firstLine = true;
        while (start < tokens.Count)
        {
            if (!firstLine)
            {
                // A wrapped line does not start with the space it was broken at.
                while (start < tokens.Count && IsSpace(tokens[start]))
                {
                    start++;
                }

                if (start == tokens.Count)
                {
                    break;
                }
            }

            firstLine = false;
            var end = start;
            var width = 0.0;
            while (end < tokens.Count && (IsSpace(tokens[end]) || width + widths[end] <= maxWidth))
            {
                width += widths[end];
                end++;
            }

            if (end == tokens.Count)
            {
                lines.Add(Join(tokens, start, end));
                break;
            }

            if (end == start)
            {
                // One word wider than the line: only here may a word be split, by characters.
                var (head, tail) = SplitToFit(tokens[start], maxWidth, measure);
                if (tail.Length == 0)
                {
                    // A single character wider than the line: it gets a line of its own.
                    lines.Add(head);
                    start++;
                    continue;
                }

                tokens[start] = tail;
                widths[start] = MeasureToken(tail, measure);
                tokens.Insert(start, head);
                widths.Insert(start, MeasureToken(head, measure));
                end = start + 1;
                lines.Add(Join(tokens, start, end));
                start = end;
                continue;
            }

            var breakAt = end;
            // 追い出し: move the break back until neither side breaks a kinsoku rule.
            while (breakAt > start + 1 && !CanBreakBefore(tokens, start, breakAt))
            {
                breakAt--;
            }

            if (!CanBreakBefore(tokens, start, breakAt))
            {
                // 追い込み/ぶら下げ: nothing to push back, so pull the offending characters onto this line.
                var pulled = end;
                while (pulled < tokens.Count && pulled - end < MaxHangingTokens && !CanBreakBefore(tokens, start, pulled))
                {
                    pulled++;
                }

                breakAt = CanBreakBefore(tokens, start, pulled) ? pulled : end;
            }

            lines.Add(Join(tokens, start, breakAt));
            start = breakAt;
        }
    }

    private static bool CanBreakBefore(List<string> tokens, int lineStart, int index)
    {
        if (index >= tokens.Count)
        {
            return true;
        }

        var next = index;
        while (next < tokens.Count && IsSpace(tokens[next]))
        {
            next++;
        }

        var previous = index - 1;
        while (previous >= lineStart && IsSpace(tokens[previous]))
        {
            previous--;
        }

        if (next == tokens.Count || previous < lineStart)
        {
            return true;
        }

        return !CannotStartLine(tokens[next][0]) && !CannotEndLine(tokens[previous][^1]);
    }

    private static string Join(List<string> tokens, int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            builder.Append(tokens[i]);
        }

        // Spaces at a wrap point are not drawn; a paragraph's own leading spaces (indent) are kept.
        return builder.ToString().TrimEnd(' ', '\t');
    }

    private static double MeasureToken(string token, Func<string, double> measure)
    {
        if (token.Length <= 1 || !IsWordChar(token[0]))
        {
            return measure(token);
        }

        // Words are measured per character so a caller may cache per character; kerning is not used.
        var width = 0.0;
        foreach (var cluster in Clusters(token))
        {
            width += measure(cluster);
        }

        return width;
    }

    private static (string Head, string Tail) SplitToFit(string token, double maxWidth, Func<string, double> measure)
    {
        var width = 0.0;
        var length = 0;
        foreach (var cluster in Clusters(token))
        {
            var w = measure(cluster);
            if (length > 0 && width + w > maxWidth)
            {
                break;
            }

            width += w;
            length += cluster.Length;
        }

        return (token[..length], token[length..]);
    }

    /// <summary>Tokens: a Latin word (letters/digits, with a decimal point or comma between digits), a run of spaces, or one character.</summary>
    internal static List<string> Tokenize(string paragraph)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            var j = i + 1;
            if (IsWordChar(c))
            {
                while (j < paragraph.Length &&
                       (IsWordChar(paragraph[j]) ||
                        (paragraph[j] is '.' or ',' && j + 1 < paragraph.Length && char.IsDigit(paragraph[j - 1]) && char.IsDigit(paragraph[j + 1]))))
                {
                    j++;
                }
            }
            else if (c is ' ' or '\t')
            {
                while (j < paragraph.Length && paragraph[j] is ' ' or '\t')
                {
                    j++;
                }
            }
            else if (char.IsHighSurrogate(c) && j < paragraph.Length && char.IsLowSurrogate(paragraph[j]))
            {
                j++;
            }

            tokens.Add(j == i + 1 ? CharacterString(c) : paragraph[i..j]);
            i = j;
        }

        return tokens;
    }

    private static IEnumerable<string> Clusters(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsHighSurrogate(token[i]) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]))
            {
                yield return token.Substring(i++, 2);
            }
            else
            {
                yield return CharacterString(token[i]);
            }
        }
    }

    private static bool IsSpace(string token) => token[0] is ' ' or '\t';

    // Latin letters and digits, half- or full-width: a word that must not be split.
    private static bool IsWordChar(char c) =>
        (c < 0x0250 && char.IsLetterOrDigit(c)) ||
        c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ');
}
