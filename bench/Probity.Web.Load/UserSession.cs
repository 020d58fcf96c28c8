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
        var list = Parser.ParseDocument(await client.GetStringAsync($"/inspections/{id}/cases"));
        var paths = list.QuerySelectorAll("[data-testid=cases] tbody tr")
            .Where(r => r.Children[1].TextContent.Trim() == "case-supervision")
            .Select(r => r.QuerySelector("a")?.GetAttribute("href")).OfType<string>()
            .Take(count).Select(p => $"{p}/2.1").ToList();
        return paths.Count > 0 ? (id, paths) : throw new InvalidOperationException("no case-supervision case to open");
    }

    /// <summary>Opens the form, then saves what it shows as a draft (same answers, its version and token).</summary>
    public async Task OpenAndSaveAsync(string path, (Recorder Open, Recorder Save)? record, Func<Task>? think = null)
    {
        var watch = Stopwatch.StartNew();
        using var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        record?.Open.Add(watch.Elapsed, page.StatusCode == HttpStatusCode.OK);

        var form = Parser.ParseDocument(html).QuerySelector("form[method=post]:has(button[value=draft])");
        if (form is null) { record?.Save.Add(TimeSpan.Zero, false); return; }
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden], input[type=radio][checked]"))
            fields.Add(new(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""));
        foreach (var area in form.QuerySelectorAll("textarea").Where(t => t.TextContent.Length > 0))
            fields.Add(new(area.GetAttribute("name")!, area.TextContent));
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
