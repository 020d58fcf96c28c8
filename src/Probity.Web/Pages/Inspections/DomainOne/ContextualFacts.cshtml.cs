using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The contextual facts page of the report (spec §7.4): value, label and source of each fact, saved together. "Add
/// another fact" shows one more empty fact without saving; a fact with no value and no label is left out.
/// </summary>
public sealed class ContextualFactsModel(ProbityStore store) : EvidencePage(store)
{
    private const int MaxFacts = 50;
    private readonly Dictionary<string, string> _typed = [];

    public override string Title => "Contextual facts";

    public int Version { get; private set; }
    public int Count { get; private set; }

    public string? Field(int fact, string part) => _typed.GetValueOrDefault($"fact-{fact}-{part}");

    public async Task OnGetAsync()
    {
        var evidence = await EvidenceAsync();
        Version = evidence.ContextualFactsVersion;
        for (var i = 0; i < evidence.ContextualFacts.Count; i++)
        {
            var fact = evidence.ContextualFacts[i];
            (_typed[$"fact-{i}-value"], _typed[$"fact-{i}-label"], _typed[$"fact-{i}-source"]) = (fact.Value, fact.Label, fact.Source ?? "");
        }
        Count = evidence.ContextualFacts.Count + 1; // and an empty one to add
    }

    public async Task<IActionResult> OnPostAsync(int version, int count, string? action)
    {
        foreach (var (key, value) in Request.Form) _typed[key] = value.ToString().Trim();
        (Version, Count) = (version, Math.Clamp(count, 0, MaxFacts));
        if (action == "add")
        {
            Count = Math.Min(Count + 1, MaxFacts);
            return Page();
        }
        var facts = Read();
        if (Errors.Any) return Page();
        return await SaveThenReturnAsync(
            () => Store.DomainOne.SaveContextualFactsAsync(InspectionId, facts, version, Me.Actor), "facts-saved", null,
            "Your facts have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Version = (await EvidenceAsync()).ContextualFactsVersion);
    }

    private List<ContextualFact> Read()
    {
        var facts = new List<ContextualFact>();
        for (var i = 0; i < Count; i++)
        {
            var (value, label, source) = (Field(i, "value") ?? "", Field(i, "label") ?? "", Field(i, "source") ?? "");
            if (value.Length == 0 && label.Length == 0)
            {
                if (source.Length > 0) Errors.Add($"fact-{i}-value", $"Fact {i + 1}: enter the value and label the source belongs to, or clear the source too");
                continue;
            }
            if (value.Length == 0) Errors.Add($"fact-{i}-value", $"Fact {i + 1}: enter the value, as printed, for example 1,715");
            if (label.Length == 0) Errors.Add($"fact-{i}-label", $"Fact {i + 1}: enter the label printed beneath the value");
            facts.Add(new ContextualFact(label, value) { Source = source.Length > 0 ? source : null });
        }
        return facts;
    }
}
