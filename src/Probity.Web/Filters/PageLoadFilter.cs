using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Web.Pages;

namespace Probity.Web.Filters;

/// <summary>
/// Runs the page's own <see cref="ProbityPage.LoadAsync"/> (the standard, officer or user its route names) after the
/// folder's filters have loaded and checked the inspection and case; a result from it ends the request there.
/// </summary>
internal sealed class PageLoadFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => FilterOrder.PageLoad;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerInstance is ProbityPage page && await page.LoadAsync(context.HttpContext.RequestAborted) is { } early)
        {
            context.Result = early;
            return;
        }
        await next();
    }
}
