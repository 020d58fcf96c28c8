namespace Probity.Data;

/// <summary>A failure of the store that the user can act on; the message says what happened and what to do.</summary>
public class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The record asked for does not exist (an unknown inspection id, case reference or user name).</summary>
public sealed class RecordNotFoundException(string message) : StoreException(message);

/// <summary>
/// Optimistic concurrency: someone else saved the same record after it was read. Nothing was written, and their save
/// stands; reload to see it, then make the change again.
/// </summary>
public sealed class EditConflictException(string message) : StoreException(message);

/// <summary>A change the rules do not allow (an answer outside a case's population, a panel decision that breaks R12, a
/// status change out of order, case data locked); every reason is listed.</summary>
public sealed class ChangeRefusedException(IReadOnlyList<string> reasons)
    : StoreException(reasons.Count == 1 ? reasons[0] : "the change was refused:\n  " + string.Join("\n  ", reasons))
{
    public IReadOnlyList<string> Reasons { get; } = reasons;

    public ChangeRefusedException(string reason) : this([reason]) { }
}
