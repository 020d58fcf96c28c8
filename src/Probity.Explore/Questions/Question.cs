using Probity.Core.Datasets;

namespace Probity.Explore.Questions;

/// <summary>A question ready to answer: what is counted, which cases, and up to two splits.</summary>
public sealed record Question(Measure Measure, Filter? Filter, IReadOnlyList<Dimension> Splits)
{
    /// <summary>The question as written back (canonical), for titles, file names and links.</summary>
    public string? Where { get; init; }
}

/// <summary>What a question counts as yes / no / not applicable.</summary>
public abstract record Measure(string Key, string Title);

/// <summary>A key question or prompt, answered per case; pooled only across framework versions that are comparable.</summary>
public sealed record ItemMeasure(string ItemId, string Title) : Measure(ItemId, Title);

/// <summary>A case attribute with yes and no among its values (a need, a service delivered, a disability…).</summary>
public sealed record CaseMeasure(Dimension Attribute, byte YesCode, byte NoCode, byte NotApplicableCode)
    : Measure(Attribute.Key, Attribute.Title);

/// <summary>A responsible officer interview question (domain one): counted per interview, inspection filters only.</summary>
public sealed record InterviewMeasure(InterviewQuestion Question, int Index) : Measure(Dimension.Normalise(Question.Column), Question.Text);

/// <summary>A filter bound to the attributes: each condition as the set of codes it lets through.</summary>
public abstract record Filter
{
    /// <summary>True when every condition is on an inspection attribute.</summary>
    public abstract bool InspectionOnly { get; }
}

/// <summary>A condition on a coded attribute: <see cref="Matches"/>[code] says whether a case or inspection with that code passes.</summary>
public sealed record CodeCondition(Dimension Attribute, bool[] Matches) : Filter
{
    public override bool InspectionOnly => Attribute.Level == AttributeLevel.Inspection;
}

/// <summary>A condition on the fieldwork start date; an inspection with no date never passes.</summary>
public sealed record DateCondition(Comparison Comparison, DateOnly Date) : Filter
{
    public override bool InspectionOnly => true;

    public bool Matches(DateOnly? date) => date is { } d && Comparison switch
    {
        Comparison.Equal => d == Date,
        Comparison.NotEqual => d != Date,
        Comparison.Less => d < Date,
        Comparison.LessOrEqual => d <= Date,
        Comparison.Greater => d > Date,
        _ => d >= Date,
    };
}

public sealed record AndFilter(Filter Left, Filter Right) : Filter
{
    public override bool InspectionOnly => Left.InspectionOnly && Right.InspectionOnly;
}

public sealed record OrFilter(Filter Left, Filter Right) : Filter
{
    public override bool InspectionOnly => Left.InspectionOnly && Right.InspectionOnly;
}

public sealed record NotFilter(Filter Operand) : Filter
{
    public override bool InspectionOnly => Operand.InspectionOnly;
}
