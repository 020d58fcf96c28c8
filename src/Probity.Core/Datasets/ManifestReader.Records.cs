using System.Globalization;
using Probity.Core.Input;
using Probity.Core.Json;
using Probity.Core.Text;

namespace Probity.Core.Datasets;

// Reads what ManifestWriter.Records writes: the factual accuracy check, publication and corrections, the overridden
// checks, the changes to the sample and each recommendation's action plan. Every field is named in its problem.
public static partial class ManifestReader
{
    private static InspectionManifest ReadRecords(ObjectReader reader, InspectionManifest manifest, ReadingLimits limits) => manifest with
    {
        FactualAccuracy = ReadFactualAccuracy(reader.Object("factualAccuracy")),
        Publication = ReadPublication(reader.Object("publication"), limits),
        CheckOverrides = reader.Objects("checkOverrides").Select(ReadCheckOverride).OfType<OverriddenCheck>().ToList(),
        SampleChanges = ReadSampleChanges(reader.Object("sampleChanges")),
    };

    /// <summary>A moment in the form the writer uses, "2026-12-03T12:14:00Z" (fractions of a second and an offset allowed).</summary>
    private static DateTimeOffset? Timestamp(ObjectReader reader, string name, bool required = true)
    {
        var text = reader.String(name, required);
        if (text is null) return null;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return at.ToUniversalTime();
        reader.Problem(reader.Child(name), $"\"{text}\" is not a moment in the form yyyy-mm-ddThh:mm:ssZ");
        return null;
    }

    private static T? Token<T>(ObjectReader reader, string name, TokenMap<T> tokens, bool required = true) where T : struct, Enum
    {
        var text = reader.String(name, required);
        if (text is null) return null;
        if (tokens.TryParse(text, out var value)) return value;
        reader.Problem(reader.Child(name), $"\"{text}\" is not one of {tokens.List}");
        return null;
    }

    private static FactualAccuracyRecord? ReadFactualAccuracy(ObjectReader? reader)
    {
        if (reader is null) return null;
        var deadline = reader.Date("deadline");
        var setAt = Timestamp(reader, "setAt", required: deadline is not null);
        var setBy = reader.String("setBy", required: deadline is not null);
        var comments = reader.Objects("comments").Select(ReadComment).OfType<AccuracyComment>().ToList();
        reader.RejectUnknown();
        if (deadline is null && (setAt is not null || setBy is not null))
            reader.Problem("give the deadline the provider was set, or neither setAt nor setBy");
        return new FactualAccuracyRecord { Deadline = deadline, SetAt = setAt, SetBy = setBy, Comments = comments };
    }

    private static AccuracyComment? ReadComment(ObjectReader reader)
    {
        var section = reader.String("section");
        var title = reader.String("sectionTitle");
        var text = reader.String("comment");
        var madeBy = reader.String("madeBy");
        var madeAt = Timestamp(reader, "madeAt");
        var outcome = Token(reader, "outcome", ExchangeTokens.AccuracyOutcomes, required: false);
        var reason = reader.String("reason", required: false);
        var decidedBy = reader.String("decidedBy", required: outcome is not null);
        var decidedAt = Timestamp(reader, "decidedAt", required: outcome is not null);
        reader.RejectUnknown();
        if (outcome == AccuracyOutcome.Declined && reason is null) reader.Problem(reader.Child("reason"), "a declined comment needs the lead's reason");
        if (outcome is null && (reason ?? decidedBy) is not null || outcome is null && decidedAt is not null)
            reader.Problem(reader.Child("outcome"), "a comment with a reason or a decision needs its outcome (accepted or declined)");
        if (section is null || title is null || text is null || madeBy is null || madeAt is null) return null;
        return new AccuracyComment(section, title, text, madeBy, madeAt.Value) { Outcome = outcome, OutcomeReason = reason, DecidedBy = decidedBy, DecidedAt = decidedAt };
    }

    private static List<PublishedVersion> ReadPublication(ObjectReader? reader, ReadingLimits limits)
    {
        if (reader is null) return [];
        var versions = reader.Objects("versions", required: true).Select(v => ReadVersion(v, limits)).ToList();
        reader.RejectUnknown();
        for (var i = 0; i < versions.Count; i++)
        {
            if (versions[i] is not { } v) continue;
            var path = $"{reader.Child("versions")}[{i}]";
            if (v.Number != i + 1) reader.Problem($"{path}.number", $"version {v.Number} is listed {Ordinal(i + 1)}: number the versions 1, 2, 3 … in order");
            if (i == 0 && v.Reason is not null) reader.Problem($"{path}.reason", "the first publication has no reason; only corrections give one");
            if (i > 0 && v.Reason is null) reader.Problem(path, $"\"reason\" is required: version {v.Number} is a correction");
            if (i > 0 && versions[i - 1] is { } before && v.PublishedOn < before.PublishedOn)
                reader.Problem($"{path}.publishedOn", $"version {v.Number} is dated before version {before.Number} ({Day(before.PublishedOn)})");
        }
        return versions.OfType<PublishedVersion>().ToList();
    }

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th");

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static PublishedVersion? ReadVersion(ObjectReader reader, ReadingLimits limits)
    {
        var number = reader.Int("number");
        var on = reader.Date("publishedOn");
        if (on is null && reader.Element("publishedOn") is null) reader.Problem("\"publishedOn\" is required");
        var reason = reader.String("reason", required: false);
        var at = Timestamp(reader, "publishedAt");
        var by = reader.String("publishedBy");
        var narrative = ReadNarrative(reader, limits);
        reader.RejectUnknown();
        if (number is null || on is null || at is null || by is null) return null;
        return new PublishedVersion(number.Value, on.Value, at.Value, by) { Reason = reason, Narrative = narrative };
    }

    private static OverriddenCheck? ReadCheckOverride(ObjectReader reader)
    {
        var finding = reader.String("finding");
        var block = reader.String("block");
        var words = reader.String("words");
        var reason = reader.String("reason");
        var by = reader.String("overriddenBy");
        var at = Timestamp(reader, "overriddenAt");
        reader.RejectUnknown();
        return finding is null || block is null || words is null || reason is null || by is null || at is null
            ? null
            : new OverriddenCheck(finding, block, words, reason, by, at.Value);
    }

    private static SampleChanges ReadSampleChanges(ObjectReader? reader)
    {
        if (reader is null) return new SampleChanges();
        var withdrawn = reader.Objects("withdrawn").Select(w =>
        {
            var caseId = w.String("caseId");
            var sample = w.String("sample");
            if (sample is not null && CaseColumns.Sample.Code(sample) == 0)
                w.Problem(w.Child("sample"), $"\"{sample}\" is not a sample ({string.Join(", ", CaseColumns.Sample.Values)})");
            var stratum = w.String("stratum", required: false);
            var reason = w.String("reason");
            var replacedBy = w.String("replacedBy", required: false);
            var at = Timestamp(w, "withdrawnAt");
            var by = w.String("withdrawnBy");
            w.RejectUnknown();
            return caseId is null || sample is null || reason is null || at is null || by is null
                ? null
                : new WithdrawnFromSample(caseId, sample, reason, at.Value, by) { Stratum = stratum, ReplacedBy = replacedBy };
        }).OfType<WithdrawnFromSample>().ToList();
        var added = reader.Objects("added").Select(a =>
        {
            var caseId = a.String("caseId");
            var stratum = a.String("stratum", required: false);
            var reason = a.String("reason");
            a.RejectUnknown();
            return caseId is null || reason is null ? null : new AddedToSample(caseId, reason) { Stratum = stratum };
        }).OfType<AddedToSample>().ToList();
        reader.RejectUnknown();
        return new SampleChanges { Withdrawn = withdrawn, Added = added };
    }

    private static ActionPlan? ReadActionPlan(ObjectReader? reader)
    {
        if (reader is null) return null;
        var answer = Token(reader, "response", ExchangeTokens.ActionPlanAnswers);
        var actions = reader.String("actions");
        var owner = reader.String("owner");
        var target = reader.Date("targetDate");
        reader.RejectUnknown();
        return answer is null || actions is null || owner is null ? null : new ActionPlan(answer.Value, actions, owner) { TargetDate = target };
    }
}
