using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// Before any page about one inspection (the <c>/Inspections</c> folder, <see cref="Conventions"/>): the inspection must
/// exist (404) and the user must be in the page's <see cref="SeenByAttribute"/> audience (403). The page then finds it in
/// <see cref="OpenInspection"/>.
/// </summary>
internal sealed class InspectionFilter : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>Outside <see cref="Cases.CaseFilter"/> and the page's own <see cref="PageLoadFilter"/>, which use what this loads.</summary>
    public int Order => FilterOrder.Inspection;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // The route's {id:long} constraint has already turned away anything that is not a number.
        var id = long.Parse((string)context.RouteData.Values["id"]!, CultureInfo.InvariantCulture);
        var services = context.HttpContext.RequestServices;
        InspectionSummary summary;
        try
        {
            summary = await services.GetRequiredService<InspectionStore>().GetAsync(id, context.HttpContext.RequestAborted);
        }
        catch (RecordNotFoundException)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var audience = context.HandlerInstance.GetType().GetCustomAttribute<SeenByAttribute>()?.Audience ?? InspectionAudience.InspectionTeam;
        if (!SeenByAttribute.Admits(audience, new CurrentUser(context.HttpContext.User), summary))
        {
            context.Result = new ForbidResult();
            return;
        }
        services.GetRequiredService<OpenInspection>().Summary = summary;
        await next();
    }
}
