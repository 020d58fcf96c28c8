using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Probity.Web.Forms;
using Probity.Web.Security;

namespace Probity.Web.Pages;

/// <summary>
/// What the layout needs of every page: the signed-in user, the form's errors (the layout shows the error summary and
/// puts "Error: " before the title), the title and the back link. What a page is about (the inspection, the case) is
/// loaded by its folder's filters (<c>Conventions.cs</c>), and each page takes the one store it uses.
/// </summary>
public abstract class ProbityPage : PageModel
{
    private CurrentUser? _me;

    public CurrentUser Me => _me ??= new CurrentUser(User);
    public FormErrors Errors { get; } = new();

    /// <summary>Cancelled when the browser gives up on the request: every store call passes it.</summary>
    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The page's &lt;title&gt; and &lt;h1&gt;.</summary>
    public virtual string Title => "";

    /// <summary>Where the back link goes; null for none.</summary>
    public virtual string? BackLink => null;

    /// <summary>A 403 whose page says <paramref name="reason"/> (<see cref="Refusal"/>).</summary>
    protected ForbidResult Refuse(string reason) => Refusal.Forbid(HttpContext, reason);

    /// <summary>
    /// Loads what the page's own route names (a standard, an officer, a user) after its folder's filters have loaded the
    /// inspection and case; a result ends the request there (403, 404, a redirect).
    /// </summary>
    public virtual Task<IActionResult?> LoadAsync(CancellationToken ct) => Task.FromResult<IActionResult?>(null);
}
