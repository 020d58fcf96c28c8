using Probity.Core.Input;

namespace Probity.Core.Datasets;

/// <summary>
/// One problem in a dataset, printed as the exchange format's error contract: <c>file:line: message</c>. Whatever of
/// the input a message echoes is shown safely (<see cref="ShownText"/>): escaped control and bidi characters, long
/// values shortened, so one problem is always one line.
/// </summary>
public sealed record DatasetProblem(string File, int? Line, string Message)
{
    public string File { get; init => field = ShownText.Safe(value); } = ShownText.Safe(File);

    public string Message { get; init => field = ShownText.Safe(value); } = ShownText.Safe(Message);

    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
