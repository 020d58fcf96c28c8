namespace Probity.Explore.Questions;

/// <summary>A question that cannot be answered as written; the message says what to change, in the analyst's words.</summary>
public sealed class QuestionException(string message) : Exception(message);
