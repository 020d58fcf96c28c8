namespace Probity.Core.Ratings;

/// <summary>One case's answer to a key question or prompt (spec §2.3). <see cref="NotRecorded"/> is the absence of an answer.</summary>
public enum Judgement : byte
{
    NotRecorded = 0,
    Yes = 1,
    No = 2,
    NotApplicable = 3,
}

public static class JudgementNames
{
    public static string Token(this Judgement judgement) => judgement switch
    {
        Judgement.Yes => "yes",
        Judgement.No => "no",
        Judgement.NotApplicable => "na",
        _ => "",
    };

    public static bool TryParse(ReadOnlySpan<char> text, out Judgement judgement)
    {
        judgement = text switch
        {
            "yes" => Judgement.Yes,
            "no" => Judgement.No,
            "na" => Judgement.NotApplicable,
            _ => Judgement.NotRecorded,
        };
        return judgement != Judgement.NotRecorded;
    }
}
