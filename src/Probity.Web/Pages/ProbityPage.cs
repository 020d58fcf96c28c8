using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Probity.Data;
using Probity.Web.Forms;
using Probity.Web.Security;

namespace Probity.Web.Pages;

/// <summary>
/// What every page has: the store, the signed-in user, the form's errors (the layout shows the error summary and puts
/// "Error: " before the title), and one rule for records that do not exist: a 404 page, never a stack trace.
/// </summary>
public abstract class ProbityPage(ProbityStore store) : PageModel
{
    private CurrentUser? _me;

    protected ProbityStore Store => store;
    public CurrentUser Me => _me ??= new CurrentUser(User);
    public FormErrors Errors { get; } = new();

    /// <summary>The page's &lt;title&gt; and &lt;h1&gt;.</summary>
    public virtual string Title => "";

    /// <summary>Where the back link goes; null for none.</summary>
    public virtual string? BackLink => null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await BeforeHandlerAsync() is { } early)
        {
            context.Result = early;
            return;
        }
        var executed = await next();
        if (executed.Exception is RecordNotFoundException)
        {
            executed.Result = NotFound();
            executed.ExceptionHandled = true;
        }
    }

    /// <summary>Loads what the page is about and checks the user may see it; a result ends the request there (403, 404).</summary>
    protected virtual Task<IActionResult?> BeforeHandlerAsync() => Task.FromResult<IActionResult?>(null);
}
