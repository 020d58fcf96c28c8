using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Probity.Data;
using Probity.Data.Cases;
using Probity.Web.Filters;
using Probity.Web.Security;

namespace Probity.Web.Pages.Inspections.Cases;

/// <summary>Who may open a page about one case. Without <see cref="CaseOpenedByAttribute"/>, its holder (and lead inspectors, admins).</summary>
public enum CaseAudience
{
    /// <summary>The case's holder, lead inspectors and admins.</summary>
    Holder,

    /// <summary>As <see cref="Holder"/>, and the ratings panel (read-only pages).</summary>
    HolderOrPanel,

    /// <summary>Lead inspectors and admins.</summary>
    Managers,
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CaseOpenedByAttribute(CaseAudience audience) : Attribute
{
    public CaseAudience Audience => audience;
}

/// <summary>
/// Before a page about one case (<c>{caseId}</c> in its route, in the <c>/Inspections/Cases</c> folder): the case must
/// exist (404) and the user may open it (403) — an inspector opening a case assigned to someone else included: the
/// team's case list names every case and its holder, so a 404 would hide nothing and explain less.
/// </summary>
internal sealed class CaseFilter : IAsyncPageFilter, IOrderedFilter
{
    public int Order => FilterOrder.Case;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values["caseId"] is not string caseId)
        {
            await next();
            return;
        }
        var services = context.HttpContext.RequestServices;
        var inspection = services.GetRequiredService<OpenInspection>();
        CaseAssessment assessment;
        try
        {
            assessment = await services.GetRequiredService<CaseAssessmentStore>().LoadAsync(inspection.Id, caseId, context.HttpContext.RequestAborted);
        }
        catch (RecordNotFoundException)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var me = new CurrentUser(context.HttpContext.User);
        var audience = context.HandlerInstance.GetType().GetCustomAttribute<CaseOpenedByAttribute>()?.Audience ?? CaseAudience.Holder;
        var admitted = audience switch
        {
            CaseAudience.Managers => me.MayManageInspection,
            CaseAudience.HolderOrPanel => me.MayEditCase(assessment.AssignedTo) || me.MaySeePanel,
            _ => me.MayEditCase(assessment.AssignedTo),
        };
        if (!admitted)
        {
            context.Result = Refusal.Forbid(context.HttpContext, audience == CaseAudience.Managers ? Refusal.OnlyManagers : Refusal.NotYourCase);
            return;
        }
        services.GetRequiredService<OpenCase>().Open(assessment, inspection.Framework);
        await next();
    }
}
