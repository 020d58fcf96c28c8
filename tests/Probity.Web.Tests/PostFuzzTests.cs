using System.Net.Http.Headers;
using CsCheck;
using Xunit.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Probity.Core.Datasets;
using Probity.Data;
using Probity.Web.Forms;
using Probity.Web.Tests.Infrastructure;

namespace Probity.Web.Tests;

/// <summary>
/// Random posts to every POST handler of every page, found from the app's own endpoints (so a new page is covered
/// without being listed here), signed in as an admin with a valid anti-forgery token: random fields, random bytes, a
/// random file. The answer is a page, a redirect or a refusal, never a 500, and the audit chain still verifies after.
/// </summary>
public sealed class PostFuzzTests(ITestOutputHelper output)
{
    private static readonly int[] Answers = [200, 302, 400, 403, 404, 409, 413, 429];

    /// <summary>A handler to post to: its address (route values filled in, handler named) and the page its form is on.</summary>
    public sealed record Handler(string Path, string FormPage);

    public sealed record Post(int Kind, (string Name, string Value)[] Fields, byte[] Bytes, string ContentType)
    {
        public override string ToString() =>
            $"kind {Kind}, {ContentType}, fields [{string.Join(", ", Fields.Select(f => $"{f.Name}={Shown(f.Value)}"))}], {Bytes.Length} bytes";

        private static string Shown(string value) => value.Length > 40 ? $"{value[..40]}…({value.Length})" : value;
    }

    private static readonly Gen<string> Values = Gen.OneOf(
        Gen.String[Gen.Char["abc019 ,.-_:/\"'<>&%;\n\r\t\0\u001b\u202eé😀"], 0, 30],
        Gen.Const(""), Gen.Const("-1"), Gen.Const("0"), Gen.Const("2147483648"), Gen.Const("99999999999999999999999"), Gen.Const("1.1"),
        Gen.Const("yes"), Gen.Const("up"), Gen.Const("good"), Gen.Const("case-supervision"), Gen.Const("2019-02-30"),
        Gen.Int[0, 3].Select(i => new string('x', FieldLength.Long + i)),
        Gen.String[Gen.Char, 0, 50]);

    private static Gen<Post> Posts(IReadOnlyList<string> formFields) =>
        from kind in Gen.Int[0, 2]
        from named in Gen.Int[0, Math.Max(0, formFields.Count - 1)].Select(i => formFields.Count == 0 ? "x" : formFields[i]).Array[0, 8]
        from values in Values.Array[8]
        from stray in Gen.String[Gen.Char.AlphaNumeric, 1, 12].Array[0, 3]
        from bytes in Gen.Byte.Array[0, 4096]
        from contentType in Gen.OneOf(Gen.Const("application/x-www-form-urlencoded"), Gen.Const("multipart/form-data; boundary=x"),
            Gen.Const("multipart/form-data"), Gen.Const("application/json"), Gen.Const("text/plain"))
        select new Post(kind, [.. named.Concat(stray).Select((n, i) => (n, values[i % values.Length]))], bytes, contentType);

    [Fact]
    public async Task Random_posts_to_every_handler_never_get_a_500_and_leave_the_audit_chain_intact()
    {
        using var web = new WebFactory();
        var id = await web.AssessableDemoInspectionAsync();
        var meeting = await web.Store.DomainOne.AddMeetingAsync(id, new Meeting(MeetingKind.Stakeholders, "Police and council") { Attendees = 4 }, new Actor("test"));
        var route = new Dictionary<string, string>
        {
            ["id"] = $"{id}", ["caseId"] = await web.FirstCaseOfAsync("demo.inspector"), ["officer"] = "NB19-RO-002", ["meeting"] = $"{meeting}",
            ["table"] = "kd-1", ["userName"] = "demo.inspector", ["name"] = "ratings", ["code"] = "400", ["commentId"] = "1", ["number"] = "1",
        };
        var admin = await web.SignInAsync("demo.admin");
        var handlers = await HandlersAsync(web, route);
        Assert.True(handlers.Count >= 20, $"only {handlers.Count} POST handlers found: {string.Join(", ", handlers)}");
        var token = (await admin.GetAsync("/admin/users/new")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var answered = new Dictionary<int, int>();
        foreach (var handler in handlers)
        {
            var page = await admin.GetAsync(handler.FormPage);
            var fields = page.Document.QuerySelectorAll("form[method=post] [name]").Select(e => e.GetAttribute("name")!)
                .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            await Posts(fields).SampleAsync(async post =>
            {
                using var response = await admin.Client.PostAsync(handler.Path, Content(post, token));
                var status = (int)response.StatusCode;
                Assert.True(Answers.Contains(status), $"{handler.Path}: {status} for {post}");
                answered[status] = answered.GetValueOrDefault(status) + 1;
            }, seed: "0N0XIzNsQ0O2", iter: 6, threads: 1);
        }

        output.WriteLine($"{handlers.Count} handlers: {string.Join(", ", handlers.Select(h => h.Path))}");
        output.WriteLine($"answers: {string.Join(", ", answered.OrderBy(a => a.Key).Select(a => $"{a.Key} × {a.Value}"))}");
        Assert.True(answered.Values.Sum() >= handlers.Count * 6);
        // Some posts got past the anti-forgery check to the forms' own validation (a page with errors) or a save.
        Assert.True(answered.GetValueOrDefault(200) + answered.GetValueOrDefault(302) > handlers.Count, string.Join(", ", answered));
        var audit = await web.Store.Audit.VerifyAsync();
        Assert.True(audit.Intact, audit.FirstBreak?.ToString());
    }

    private static HttpContent Content(Post post, string token)
    {
        var fields = post.Fields.Append(("__RequestVerificationToken", token)).ToList();
        switch (post.Kind)
        {
            case 0:
                return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
            case 1:
                var multipart = new MultipartFormDataContent();
                foreach (var (name, value) in fields) multipart.Add(new StringContent(value), name);
                multipart.Add(new ByteArrayContent(post.Bytes), "population", "random.csv");
                return multipart;
            default:
                var raw = new ByteArrayContent(post.Bytes);
                raw.Headers.ContentType = MediaTypeHeaderValue.Parse(post.ContentType);
                return raw;
        }
    }

    // Every POST handler of every page, from the pages the app routes; sign-in and sign-out last, as they change the session.
    private static async Task<List<Handler>> HandlersAsync(WebFactory web, Dictionary<string, string> route)
    {
        var loader = web.Services.GetRequiredService<PageLoader>();
        var handlers = new List<Handler>();
        foreach (var descriptor in web.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>())
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            foreach (var method in compiled.HandlerMethods.Where(h => HttpMethods.IsPost(h.HttpMethod)))
            {
                var pattern = descriptor.AttributeRouteInfo!.Template!;
                var page = Fill(pattern.Replace("/{handler?}", "", StringComparison.Ordinal), route);
                var path = method.Name is null ? page : pattern.Contains("{handler?}", StringComparison.Ordinal) ? $"{page}/{method.Name}" : $"{page}?handler={method.Name}";
                handlers.Add(new Handler(path, page));
            }
        }
        return [.. handlers.OrderBy(h => h.Path.StartsWith("/sign-", StringComparison.Ordinal)).ThenBy(h => h.Path, StringComparer.Ordinal)];
    }

    private static string Fill(string pattern, Dictionary<string, string> route)
    {
        var path = pattern.StartsWith('/') ? pattern : "/" + pattern;
        foreach (var (name, value) in route) path = System.Text.RegularExpressions.Regex.Replace(path, $@"\{{{name}(:[a-z]+)?\??\}}", value);
        // A standard means a different thing on each page: a case's section, domain one's, the panel's.
        var standard = path.Contains("/cases/", StringComparison.Ordinal) ? "2.1" : path.Contains("/panel/standards/", StringComparison.Ordinal) ? "2.4" : "1.1";
        return path.Replace("{standard?}", standard, StringComparison.Ordinal).Replace("{standard}", standard, StringComparison.Ordinal);
    }
}
