namespace Probity.Web.Pages.Inspections.DomainOne;

/// <summary>The confirmation that removes a record (Pages/…/DomainOne/_RemoveForm): the version it was read at, what the button says, where cancel goes.</summary>
public sealed record RemoveForm(int Version, string Button, string CancelPath, string Consequence)
{
    public string Warning => $"Removing it cannot be undone (the audit log keeps what it said). {Consequence}";
}
