using Probity.Core.Frameworks;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>What one yes / no / not applicable question on the case form shows.</summary>
public sealed record AnswerField(AnswerableItem Item, string Text, string? Value, string? Note, string? Error)
{
    public string FieldId => OpenCase.FieldId(Item);
}
