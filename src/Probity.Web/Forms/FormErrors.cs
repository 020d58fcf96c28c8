using Probity.Data;

namespace Probity.Web.Forms;

/// <summary>
/// A form's errors in page order: each names the field it is about (the id the error summary links to) and says what to
/// do. Empty means the form was fine. An error about the whole form names no field and links to the form itself.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string? FieldId, string Message)> _errors = [];

    public IReadOnlyList<(string? FieldId, string Message)> All => _errors;
    public bool Any => _errors.Count > 0;

    public void Add(string? fieldId, string message) => _errors.Add((fieldId, message));

    public void AddAll(IEnumerable<string> messages, string? fieldId = null)
    {
        foreach (var m in messages) Add(fieldId, m);
    }

    /// <summary>
    /// A save the store did not make: every reason the rules gave (<see cref="ChangeRefusedException.Reasons"/>), or for an
    /// edit conflict the store's message (who saved first, and when) after <paramref name="conflictLead"/>.
    /// </summary>
    public void AddRefusal(StoreException e, string conflictLead = "Not saved", string? fieldId = null)
    {
        if (e is ChangeRefusedException refused) AddAll(refused.Reasons, fieldId);
        else Add(fieldId, $"{conflictLead}: {e.Message}");
    }

    public string? For(string fieldId) => _errors.FirstOrDefault(e => e.FieldId == fieldId).Message;
}
