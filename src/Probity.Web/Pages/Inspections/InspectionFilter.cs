using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Data;
using Probity.Data.Inspections;
using Probity.Data.Teams;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections;

/// <summary>
/// Before any page about one inspection (the <c>/Inspections</c> folder, <see cref="Conventions"/>): the inspection must
/// exist (404), the user must be allowed to see it — a draft only by its team and admins (<see cref="InspectionTeamStore"/>) —
/// and be in the page's <see cref="SeenByAttribute"/> audience (403, saying which). The page then finds it in
/// <see cref="OpenInspection"/>. A page in the folder with no <c>{id}</c> (setting up a new inspection) passes through.
/// </summary>
internal sealed class InspectionFilter : IAsyncPageFilter, IOrderedFilter
{
    /// <summary>Outside <see cref="Cases.CaseFilter"/> and the page's own <see cref="PageLoadFilter"/>, which use what this loads.</summary>
    public int Order => FilterOrder.Inspection;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values["id"] is not string route)
        {
            await next();
            return;
        }
        // The route's {id:long} constraint has already turned away anything that is not a number.
        var id = long.Parse(route, CultureInfo.InvariantCulture);
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
        var me = new CurrentUser(context.HttpContext.User);
        if (!me.SeesEveryInspection(summary) && !me.ChecksFactualAccuracy(summary)
            && !await services.GetRequiredService<InspectionTeamStore>().MayViewAsync(id, me.UserName, context.HttpContext.RequestAborted))
        {
            context.Result = Refusal.Forbid(context.HttpContext, me.IsInspectionTeam ? Refusal.NotInTeam : Refusal.NotPublished);
            return;
        }
        var audience = context.HandlerInstance.GetType().GetCustomAttribute<SeenByAttribute>()?.Audience ?? InspectionAudience.InspectionTeam;
        if (!SeenByAttribute.Admits(audience, me, summary))
        {
            context.Result = Refusal.Forbid(context.HttpContext, SeenByAttribute.Refused(audience));
            return;
        }
        services.GetRequiredService<OpenInspection>().Summary = summary;
        await next();
    }
}
