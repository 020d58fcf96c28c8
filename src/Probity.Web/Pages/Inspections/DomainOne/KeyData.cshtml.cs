using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The lead inspector fills in one key data table the provider supplied (spec §7.2): its row labels are fixed (as stored,
/// or from the framework's template when the table is not there yet); only the figures are typed.
/// </summary>
public sealed class KeyDataModel(ProbityStore store) : EvidencePage(store)
{
    public string Name { get; private set; } = "";
    public override string Title => Name;

    public KeyDataForm Form { get; private set; } = null!;
    public int Version { get; private set; }

    protected override async Task<IActionResult?> BeforeHandlerAsync()
    {
        if (await base.BeforeHandlerAsync() is { } early) return early;
        var id = RouteData.Values["table"] as string ?? "";
        var evidence = await EvidenceAsync();
        var template = ProviderKeyData.Find(Inspection.Framework, id);
        if ((evidence.KeyData.FirstOrDefault(t => t.Id == id) ?? template?.Table) is not { } table) return NotFound();
        Name = template?.Name ?? table.Title ?? id;
        Form = KeyDataForm.From(table);
        Version = evidence.KeyDataVersion(id);
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(int version)
    {
        (Form, Version) = (KeyDataForm.From(Form.Table, Request.Form), version);
        if (Form.Read(Errors) is not { } table) return Page();
        return await SaveThenReturnAsync(
            () => Store.DomainOne.SaveKeyDataTableAsync(InspectionId, table, version, Me.Actor), "key-data-saved", Name,
            "Your figures have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Version = (await EvidenceAsync()).KeyDataVersion(table.Id));
    }
}
