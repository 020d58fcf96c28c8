using Probity.Data.Reviews;
using Probity.Web.Routing;

namespace Probity.Web.Pages.Reviews;

/// <summary>The regional reviews stored, newest last, and the way to start one.</summary>
public sealed class IndexModel(ReviewStore reviews, ProbityLinks links) : ProbityPage
{
    public override string Title => "Regional reviews";
    public override string? BackLink => links.Home();

    public IReadOnlyList<ReviewListing> Reviews { get; private set; } = [];

    public async Task OnGetAsync() => Reviews = await reviews.ListAsync(Aborted);
}
