namespace Probity.Core.Datasets;

/// <summary>One problem in a dataset, printed as the exchange format's error contract: <c>file:line: message</c>.</summary>
public sealed record DatasetProblem(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
