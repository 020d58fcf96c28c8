using Probity.Core.Ratings;

namespace Probity.Core.Frameworks;

/// <summary>The rating rule set of a framework version (spec §1.6, §5): bands, scores, overall bands, discretion.</summary>
public sealed class RatingRules
{
    internal RatingRules(IReadOnlyList<RatingLevel> scale, IReadOnlyList<KeyQuestionBand> keyQuestionBands,
        OverallBandTable overallBands, DiscretionRules discretion)
    {
        Scale = scale;
        KeyQuestionBands = keyQuestionBands;
        OverallBands = overallBands;
        Discretion = discretion;
    }

    public IReadOnlyList<RatingLevel> Scale { get; }

    /// <summary>Ascending by <see cref="KeyQuestionBand.Min"/>; the first starts at 0.</summary>
    public IReadOnlyList<KeyQuestionBand> KeyQuestionBands { get; }

    public OverallBandTable OverallBands { get; }
    public DiscretionRules Discretion { get; }

    /// <summary>Whether the report prints "Score n/30" (2019) or only the overall rating (2018, R19).</summary>
    public bool PrintScore { get; internal init; } = true;

    public int ScoreOf(Rating rating) => Scale.First(l => l.Rating == rating).Score;
}

public sealed record RatingLevel(Rating Rating, string Name, int Score);

/// <summary>A key-question band: whole-number percentages from <see cref="Min"/> up to the next band's minimum.</summary>
public sealed record KeyQuestionBand(int Min, Rating Rating, string Label);

public enum OverallBandBasis
{
    /// <summary>Band minimums are scores (CRC: 0–5, 6–15, 16–25, 26–30).</summary>
    Points,

    /// <summary>Band minimums are percentages of the maximum score, for frameworks whose maximum shrinks with standards not inspected.</summary>
    PercentOfMaximum,
}

public sealed record OverallBand(int Min, Rating Rating);

public sealed record OverallBandTable(OverallBandBasis Basis, IReadOnlyList<OverallBand> Bands);

/// <summary>Professional discretion parameters (R10–R12).</summary>
public sealed record DiscretionRules(int ProximityPoints, bool OneCaseTest, bool Downward, int MaxBands);

/// <summary>The comparison test behind the word "significant" (R20).</summary>
public sealed record SignificanceRule(double Alpha, int Tails, bool Pooled)
{
    public static readonly SignificanceRule Default = new(0.10, 2, true);
}
