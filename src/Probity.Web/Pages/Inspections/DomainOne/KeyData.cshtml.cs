using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Datasets;
using Probity.Data.DomainOne;
using Probity.Web.Forms;

namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>
/// The lead inspector fills in one key data table the provider supplied (spec §7.2): its row labels are fixed (as stored,
/// or from the framework's template when the table is not there yet); only the figures are typed.
/// </summary>
[SeenBy(InspectionAudience.Managers)]
public sealed class KeyDataModel(OpenInspection inspection, DomainOneStore domainOne, EvidenceEditor editor, IValidator<KeyDataForm> validator) : ProbityPage
{
    public OpenInspection Inspection => inspection;
    public string Name { get; private set; } = "";
    public override string Title => Name;
    public override string? BackLink => editor.BackLink;

    public KeyDataForm Form { get; private set; } = null!;
    [BindProperty(Name = "version")] public int Version { get; set; }

    /// <summary>The cells as posted (<c>cell-{row}-{column}</c>).</summary>
    [BindProperty] public NamedFields Cells { get; set; } = NamedFields.None;

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var id = RouteData.Values["table"] as string ?? "";
        var evidence = await editor.EvidenceAsync(ct);
        var template = ProviderKeyData.Find(inspection.Summary.Framework, id);
        if ((evidence.KeyData.FirstOrDefault(t => t.Id == id) ?? template?.Table) is not { } table) return NotFound();
        Name = template?.Name ?? table.Title ?? id;
        Form = KeyDataForm.From(table);
        if (HttpMethods.IsGet(Request.Method)) Version = evidence.KeyDataVersion(id);
        return null;
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Form = KeyDataForm.From(Form.Table, Cells);
        if (!validator.Check(Form, Errors)) return Page();
        var table = Form.Read();
        return await editor.SaveThenReturnAsync(this,
            () => domainOne.SaveKeyDataTableAsync(inspection.Id, table, Version, Me.Actor, Aborted), "key-data-saved", Name,
            "Your figures have not been saved (what you typed is still below; save again to replace theirs)",
            async () => Version = (await editor.EvidenceAsync(Aborted)).KeyDataVersion(table.Id));
    }
}
