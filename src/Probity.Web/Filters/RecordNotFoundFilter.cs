using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Data;

namespace Probity.Web.Filters;

/// <summary>One rule for records that do not exist, on every page: a 404 page, never a stack trace.</summary>
internal sealed class RecordNotFoundFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => FilterOrder.RecordNotFound;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is RecordNotFoundException && !executed.ExceptionHandled)
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
    }
}
