namespace Probity.Explore.Questions;

/// <summary>How a condition compares an attribute with its values.</summary>
public enum Comparison { Equal, NotEqual, In, NotIn, Less, LessOrEqual, Greater, GreaterOrEqual }

/// <summary>A filter as written: conditions on attributes combined with and, or, not and parentheses.</summary>
public abstract record FilterSyntax;

public sealed record ConditionSyntax(string Attribute, Comparison Comparison, IReadOnlyList<string> Values) : FilterSyntax;

public sealed record AndSyntax(FilterSyntax Left, FilterSyntax Right) : FilterSyntax;

public sealed record OrSyntax(FilterSyntax Left, FilterSyntax Right) : FilterSyntax;

public sealed record NotSyntax(FilterSyntax Operand) : FilterSyntax;
