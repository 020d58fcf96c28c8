using System.Globalization;
using System.Text;

namespace Probity.Core.Input;

/// <summary>
/// Makes text from an input safe to echo in a problem message: control characters (ESC, NUL, BEL, line breaks),
/// bidirectional overrides and invisible characters are shown escaped (<c>\u001b</c>), so a crafted value can neither
/// drive a terminal nor forge another <c>file:line:</c> line, and an overlong value is shortened with its length said.
/// </summary>
public static class ShownText
{
    /// <summary>A run of characters without spaces longer than this (an id, a path) is shortened.</summary>
    public const int MaxRun = 200;

    /// <summary>A whole message longer than this is cut in the middle.</summary>
    public const int MaxMessage = 4_000;

    private const int KeptHead = 60;
    private const int KeptTail = 20;

    public static string Safe(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(Math.Min(text.Length, MaxMessage) + 16);
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ') continue;
            AppendRun(sb, text.AsSpan(runStart, i - runStart));
            if (i < text.Length) sb.Append(' ');
            runStart = i + 1;
        }
        if (sb.Length <= MaxMessage) return sb.ToString();
        var head = sb.ToString(0, MaxMessage - 200);
        var tail = sb.ToString(sb.Length - 150, 150);
        return $"{head} … [{(sb.Length - head.Length - tail.Length).ToString("N0", CultureInfo.InvariantCulture)} characters left out] … {tail}";
    }

    /// <summary>True for a character that must not reach a terminal or log as itself.</summary>
    public static bool IsUnsafe(char character) =>
        char.IsControl(character) || char.IsSurrogate(character) || character is '\u061C' or (>= '\u200B' and <= '\u200F') or (>= '\u2028' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private static bool NeedsWork(string text)
    {
        if (text.Length > MaxRun) return true;
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return false;
    }

    private static void AppendRun(StringBuilder sb, ReadOnlySpan<char> run)
    {
        if (run.Length <= MaxRun)
        {
            AppendEscaped(sb, run);
            return;
        }
        AppendEscaped(sb, run[..KeptHead]);
        sb.Append('…');
        AppendEscaped(sb, run[^KeptTail..]);
        sb.Append(CultureInfo.InvariantCulture, $" [{run.Length:N0} characters]");
    }

    private static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsUnsafe(c))
            {
                sb.Append(c);
                continue;
            }
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{(int)c:x4}",
            });
        }
    }
}
