using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Web.Routing;
using Probity.Web.Security;

namespace Probity.Web.Filters;

/// <summary>
/// A user whose password an admin set may open only the page that changes it (and sign out) until they have: every
/// other page sends them there.
/// </summary>
internal sealed class MustChangePasswordFilter : IAsyncPageFilter, IOrderedFilter
{
    private static readonly HashSet<string> StillOpen = ["/Account/Password", "/SignOut", "/SignIn", "/Errors/Status"];

    public int Order => FilterOrder.MustChangePassword;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.HasClaim(SignInService.MustChangePasswordClaim, "true") && !StillOpen.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectResult(context.HttpContext.RequestServices.GetRequiredService<ProbityLinks>().ChangePassword());
            return;
        }
        await next();
    }
}
