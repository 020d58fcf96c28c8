using Probity.Web.Forms;

namespace Probity.Web.Pages.Reviews;

/// <summary>What the review's heading fields show (Pages/Reviews/_ReviewFields), on the new review and its details page.</summary>
public sealed record ReviewFieldsView(ReviewForm Form, FormErrors Errors);
