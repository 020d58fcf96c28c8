namespace Probity.Exchange.Input;

/// <summary>
/// The character encodings an input may be read in. The exchange format is UTF-8; a caseload extract saved by Excel may
/// be Windows-1252 ("CSV (Comma delimited)") or UTF-16 ("Unicode Text"), read only when the user says so.
/// </summary>
public enum InputEncoding { Utf8, Windows1252, Utf16 }

public static class InputEncodings
{
    public static IReadOnlyList<string> Tokens { get; } = ["utf-8", "windows-1252", "utf-16"];

    public static string Token(this InputEncoding encoding) => Tokens[(int)encoding];

    public static bool TryParse(string? token, out InputEncoding encoding)
    {
        var i = token is null ? -1 : Tokens.ToList().IndexOf(token.ToLowerInvariant() switch { "utf8" => "utf-8", "cp1252" or "ansi" => "windows-1252", "utf16" or "unicode" => "utf-16", var t => t });
        encoding = i < 0 ? InputEncoding.Utf8 : (InputEncoding)i;
        return i >= 0;
    }
}

/// <summary>
/// How a host lets its user choose an encoding, for the refusal of a file that is not UTF-8: on the command line
/// <c>"--encoding {0}"</c>, on a page a choice. Null where the format allows UTF-8 only (a dataset folder).
/// </summary>
public sealed record EncodingChoice(string HowToChoose)
{
    public string Choose(InputEncoding encoding) => string.Format(System.Globalization.CultureInfo.InvariantCulture, HowToChoose, encoding.Token());
}
