using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Probity.Core.Reviews;
using Probity.Data;
using Probity.Data.Reviews;

namespace Probity.Web.Pages.Reviews;

/// <summary>
/// A page about one stored review (<c>{reviewId:long}</c>): loads it (404 if none) with the stamp its forms send back, and
/// saves a change to it whole, showing the refusal when someone else saved first.
/// </summary>
public abstract class ReviewPage(ReviewEditor editor) : ProbityPage
{
    public EditableReview Stored { get; private set; } = null!;
    public RegionalReview Review => Stored.Review;
    public long ReviewId => Stored.Id;

    /// <summary>How the review is named on its pages.</summary>
    public string ReviewName => Review.Title ?? $"{Review.Region} regional review";

    public override async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!long.TryParse(RouteData.Values["reviewId"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return NotFound();
        try
        {
            Stored = await editor.GetAsync(id, ct);
            return null;
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Saves the review as <paramref name="changed"/> makes it from the stored one, if it is unchanged since <paramref name="stamp"/>; false (with the reason in <see cref="ProbityPage.Errors"/>) if not.</summary>
    protected async Task<bool> SaveAsync(string? stamp, string change, Func<RegionalReview, IReadOnlyList<long?>, (RegionalReview, IReadOnlyList<long?>)> changed, string? fieldId = null)
    {
        var (review, inspections) = changed(Review, Stored.Inspections);
        try
        {
            await editor.SaveAsync(ReviewId, review, inspections, stamp ?? "", change, Me.Actor, Aborted);
            return true;
        }
        catch (StoreException e) when (e is ChangeRefusedException or EditConflictException)
        {
            Errors.AddRefusal(e, fieldId: fieldId);
            Stored = await editor.GetAsync(ReviewId, Aborted);
            return false;
        }
    }
}
