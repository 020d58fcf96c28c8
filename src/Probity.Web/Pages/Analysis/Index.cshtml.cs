using Microsoft.AspNetCore.Authorization;
using Probity.Data;
using Probity.Web.Security;

namespace Probity.Web.Pages.Analysis;

/// <summary>The analyst's home. The national analysis pages (issue 7) will live in this folder.</summary>
[Authorize(Policy = Policies.Analysis)]
public sealed class IndexModel(ProbityStore store) : ProbityPage(store)
{
    public override string Title => "National analysis";
}
