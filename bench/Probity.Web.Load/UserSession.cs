using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Probity.Web.Load;

/// <summary>One signed-in user: its own cookies, and the case form it opens and saves as a browser would.</summary>
public sealed partial class UserSession(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IReadOnlyList<UserSession>> SignInAllAsync(LoadOptions o) =>
        await Task.WhenAll(Enumerable.Range(0, o.Users).Select(async _ =>
        {
            var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
            var session = new UserSession(new HttpClient(handler) { BaseAddress = o.BaseUrl, Timeout = TimeSpan.FromSeconds(30) });
            var response = await session.PostAsync("/sign-in", new() { ["UserName"] = o.UserName, ["Password"] = o.Password }, "/sign-in");
            if (response.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"could not sign in as {o.UserName} ({(int)response.StatusCode}); is `./probity serve` running with the demo data?");
            return session;
        }));

    /// <summary>The demo inspection and the first standard's form of as many case-supervision cases as there are users.</summary>
    public async Task<(long InspectionId, IReadOnlyList<string> Paths)> CaseFormsAsync(int count)
    {
        var home = await client.GetStringAsync("/");
        var id = long.Parse(InspectionLink().Match(home).Groups[1].Value);
        await TakeBackToQualityAssuranceAsync(id);
        var list = Parser.ParseDocument(await client.GetStringAsync($"/inspections/{id}/cases"));
        var paths = list.QuerySelectorAll("[data-testid=cases] tbody tr")
            // The sample's cell: "case-supervision" in older lists, "Case supervision" (after a column of tick boxes) since.
            .Where(r => r.Children.Any(c => c.TextContent.Trim().Replace(' ', '-').Equals("case-supervision", StringComparison.OrdinalIgnoreCase)))
            .Select(r => r.QuerySelector("a")?.GetAttribute("href")).OfType<string>()
            .Take(count).Select(p => $"{p}/2.1").ToList();
        if (paths.Count == 0) throw new InvalidOperationException("no case-supervision case to open");
        await CheckFormReadingAsync(paths[0]);
        return (id, paths);
    }

    /// <summary>
    /// From the ratings panel on, case answers are frozen and a save is refused. The demo inspection waits at the panel, so
    /// the tool first moves it back to quality assurance, as a lead may (with a reason, kept in the audit log): its saves are
    /// then real saves, not refusals.
    /// </summary>
    private async Task TakeBackToQualityAssuranceAsync(long id)
    {
        var overview = $"/inspections/{id}";
        var page = Parser.ParseDocument(await client.GetStringAsync(overview));
        var back = page.QuerySelectorAll("form[method=post]")
            .FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains("handler=Back", StringComparison.Ordinal)
                && f.TextContent.Contains("quality assurance", StringComparison.OrdinalIgnoreCase));
        if (back is null) return;
        var fields = new Dictionary<string, string>
        {
            ["version"] = back.QuerySelector("input[name=version]")!.GetAttribute("value")!,
            ["reason"] = "The web load test saves case forms again.",
        };
        var moved = await PostAsync(back.GetAttribute("action")!, fields, overview);
        if (moved.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"could not move inspection {id} back to quality assurance ({(int)moved.StatusCode}); sign in as its lead");
    }

    /// <summary>The timed loop reads forms with <see cref="FormFields"/>; before it runs, a DOM must read the same fields.</summary>
    private async Task CheckFormReadingAsync(string path)
    {
        var html = await client.GetStringAsync(path);
        var form = Parser.ParseDocument(html).QuerySelector("form[method=post]:has(button[value=draft])")
            ?? throw new InvalidOperationException($"{path} has no case form to save");
        var expected = form.QuerySelectorAll("input[type=hidden], input[type=radio][checked]")
            .Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}")
            .Concat(form.QuerySelectorAll("textarea").Where(t => t.TextContent.Length > 0).Select(t => $"{t.GetAttribute("name")}={t.TextContent}"))
            .Order();
        var read = (FormFields.Of(html, "value=\"draft\"") ?? []).Select(f => $"{f.Key}={f.Value}").Order();
        if (!expected.SequenceEqual(read))
            throw new InvalidOperationException($"the form fields read from {path} differ from the page's DOM; the load tool needs fixing");
    }

    /// <summary>Opens the form, then saves what it shows as a draft (same answers, its version and token).</summary>
    public async Task OpenAndSaveAsync(string path, (Recorder Open, Recorder Save)? record, Func<Task>? think = null)
    {
        var watch = Stopwatch.StartNew();
        using var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        record?.Open.Add(watch.Elapsed, page.StatusCode == HttpStatusCode.OK);

        if (FormFields.Of(html, "value=\"draft\"") is not { } fields) { record?.Save.Add(TimeSpan.Zero, false); return; }
        fields.Add(new("action", "draft"));
        if (think is not null) await think();

        watch.Restart();
        using var saved = await client.PostAsync(path, new FormUrlEncodedContent(fields));
        record?.Save.Add(watch.Elapsed, saved.StatusCode == HttpStatusCode.Redirect);
        if (think is not null) await think();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> fields, string formPage)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(formPage));
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("href=\"/inspections/(\\d+)\"")]
    private static partial Regex InspectionLink();
}
