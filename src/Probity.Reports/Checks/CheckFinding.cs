namespace Probity.Reports.Checks;

/// <summary>What a check before publication looks for in the report's text.</summary>
public enum CheckKind
{
    /// <summary>A rating word that disagrees with that standard's current rating.</summary>
    RatingWord,

    /// <summary>A count of standards at a rating that disagrees with the ratings.</summary>
    RatingCount,

    /// <summary>A quantifier ("a large majority", "almost half") that disagrees with the percentage it describes.</summary>
    Quantifier,

    /// <summary>"Significant" where no comparison passed the z-test (R20–R21).</summary>
    Significant,

    /// <summary>A block the report needs that has no text.</summary>
    EmptyBlock,

    /// <summary>A placeholder left in ("[TBC]", "XX", "TODO", "{provider}").</summary>
    Placeholder,
}

/// <summary>
/// One thing the text says that the figures do not bear out. <paramref name="Section"/> is the narrative key,
/// <paramref name="Block"/> the block in inspectors' words ("Standard 2.2 summary"), <paramref name="Words"/> the words at
/// fault as written, and <paramref name="Problem"/> what is wrong with them.
/// </summary>
public sealed record CheckFinding(CheckKind Kind, string Section, string Block, string Words, string Problem)
{
    /// <summary>
    /// What an override names: the same words in the same block found by the same check. Rewording the block makes a new
    /// finding, so an override never silently covers text written after it.
    /// </summary>
    public string Key => $"{Kind}|{Section}|{Words}";

    /// <summary>"Standard 2.2 summary: 'Requires improvement' — …", as the drafting notes list it.</summary>
    public override string ToString() => $"{Block}: \u201c{Words}\u201d \u2014 {Problem}";
}

/// <summary>A lead inspector's decision that a finding's words are right as written, and why.</summary>
public sealed record CheckOverride(string FindingKey, string Reason, string By, DateTimeOffset At);

/// <summary>A finding a lead inspector overrode, with the reason.</summary>
public sealed record OverriddenFinding(CheckFinding Finding, CheckOverride Override);
