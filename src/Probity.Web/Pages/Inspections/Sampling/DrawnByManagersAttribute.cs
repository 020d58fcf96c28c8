using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Core.Input;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections.Sampling;

/// <summary>
/// Only admins and lead inspectors may post an extract: anyone else is refused with 403 before a byte of the body is read.
/// The anti-forgery check, model binding and the request limits all read the multipart body, so the role is checked
/// first, as an authorisation filter ordered before theirs (anti-forgery's is 1000, the request limits' -2000); only
/// then is the body allowed to be as large as the reading limits take.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DrawnByManagersAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return;
        if (!new CurrentUser(context.HttpContext.User).MayManageInspection)
        {
            context.Result = new ForbidResult();
            return;
        }
        UploadedExtract.AllowBody(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<ReadingLimits>());
    }
}
