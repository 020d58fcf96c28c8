namespace Probity.Core.Frameworks;

/// <summary>
/// Every item a case can be answered on — key questions asked per case, then prompts — with a dense index, so answers
/// can be held as a grid of bytes (cases × items) rather than millions of objects.
/// </summary>
public sealed class QuestionIndex
{
    private readonly Dictionary<string, AnswerableItem> _byId;

    internal QuestionIndex(FrameworkVersion framework)
    {
        var items = new List<AnswerableItem>();
        foreach (var kq in framework.KeyQuestions.Where(k => k.IsAnsweredPerCase))
        {
            items.Add(new AnswerableItem(items.Count, kq.Id, kq, null, kq.Population!));
            foreach (var p in kq.Prompts)
                items.Add(new AnswerableItem(items.Count, p.Id, kq, p, kq.Population!));
        }
        Items = items;
        _byId = items.ToDictionary(i => i.Id);
    }

    public IReadOnlyList<AnswerableItem> Items { get; }
    public int Count => Items.Count;

    public AnswerableItem? Find(string id) => _byId.GetValueOrDefault(id);

    public AnswerableItem this[string id] => _byId[id];

    public IEnumerable<string> Ids => _byId.Keys;
}

/// <summary>A key question (when <see cref="Prompt"/> is null) or a prompt that is answered per case.</summary>
public sealed record AnswerableItem(int Index, string Id, KeyQuestion KeyQuestion, Prompt? Prompt, Population Population)
{
    public bool IsKeyQuestion => Prompt is null;
}
