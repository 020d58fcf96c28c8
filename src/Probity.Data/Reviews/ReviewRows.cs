using System.Globalization;
using Probity.Core.Ratings;
using Probity.Core.Reviews;
using Probity.Core.Text;
using Probity.Data.Audit;
using Probity.Data.Datasets;
using Probity.Data.Sql;

namespace Probity.Data.Reviews;

/// <summary>A review's rows (schema version 3): written in one pass on import, read back into a <see cref="RegionalReview"/>.</summary>
internal static class ReviewRows
{
    public static async Task<long> InsertAsync(DbSession session, RegionalReview review, long? regionProviderId, IReadOnlyList<long?> inspections, Actor actor,
        DateTimeOffset createdAt, CancellationToken ct)
    {
        var id = await session.ScalarAsync<long>(
            "insert into reviews (reference, region, region_provider_id, title, letter_date, lead_inspector, created_at, created_by) " +
            "values (@reference, @region, @provider, @title, @date, @lead, @at, @by) returning id", ct,
            ("reference", review.Reference), ("region", review.Region), ("provider", regionProviderId), ("title", review.Title),
            ("date", review.LetterDate), ("lead", review.LeadInspector), ("at", createdAt), ("by", actor.UserName));
        await InsertPartsAsync(session, id, review, inspections, ct);
        return id;
    }

    /// <summary>Writes a review edited in the browser over the stored one: its heading fields, then every part again.</summary>
    public static async Task ReplaceAsync(DbSession session, long id, RegionalReview review, long? regionProviderId, IReadOnlyList<long?> inspections, CancellationToken ct)
    {
        await session.ExecuteAsync("update reviews set reference = @reference, region = @region, region_provider_id = @provider, title = @title, " +
            "letter_date = @date, lead_inspector = @lead where id = @id", ct,
            ("reference", review.Reference), ("region", review.Region), ("provider", regionProviderId), ("title", review.Title),
            ("date", review.LetterDate), ("lead", review.LeadInspector), ("id", id));
        // Children before parents: the foreign keys hold at every statement.
        const string Areas = "select id from review_areas where review_id = @id";
        const string Pdus = "select id from review_pdus where review_id = @id";
        foreach (var sql in (string[])[
            $"delete from review_evidence where finding_id in (select id from review_findings where area_id in ({Areas}))",
            $"delete from review_findings where area_id in ({Areas})",
            $"delete from review_area_paragraphs where area_id in ({Areas})",
            "delete from review_areas where review_id = @id",
            $"delete from review_recommendations where review_pdu_id in ({Pdus})",
            $"delete from review_published_ratings where review_pdu_id in ({Pdus})",
            "delete from review_pdus where review_id = @id",
            "delete from review_paragraphs where review_id = @id",
            "delete from review_people where review_id = @id"])
            await session.ExecuteAsync(sql, ct, ("id", id));
        await InsertPartsAsync(session, id, review, inspections, ct);
    }

    private static async Task InsertPartsAsync(DbSession session, long id, RegionalReview review, IReadOnlyList<long?> inspections, CancellationToken ct)
    {
        var people = new List<(string Part, ReviewPerson Person)>();
        if (review.Addressee is { } to) people.Add(("addressee", to));
        if (review.Signatory is { } from) people.Add(("signatory", from));
        people.AddRange(review.Copied.Select(p => ("copied", p)));
        for (var i = 0; i < people.Count; i++)
            await session.ExecuteAsync("insert into review_people (review_id, ordinal, part, name, role, email) values (@id, @ordinal, @part, @name, @role, @email)", ct,
                ("id", id), ("ordinal", i), ("part", people[i].Part), ("name", people[i].Person.Name), ("role", people[i].Person.Role), ("email", people[i].Person.Email));

        var section = 0;
        foreach (var (key, paragraphs) in review.Narrative)
        {
            for (var i = 0; i < paragraphs.Count; i++)
                await session.ExecuteAsync("insert into review_paragraphs (review_id, section_ordinal, section, ordinal, text) values (@id, @section, @key, @ordinal, @text)", ct,
                    ("id", id), ("section", section), ("key", key), ("ordinal", i), ("text", paragraphs[i]));
            section++;
        }

        for (var p = 0; p < review.PduInspections.Count; p++) await InsertPduAsync(session, id, p, review.PduInspections[p], inspections[p], ct);
        for (var a = 0; a < review.Areas.Count; a++) await InsertAreaAsync(session, id, a, review.Areas[a], ct);
    }

    private static async Task InsertPduAsync(DbSession session, long reviewId, int ordinal, LinkedPdu pdu, long? inspectionId, CancellationToken ct)
    {
        var published = pdu.Published;
        var id = await session.ScalarAsync<long>(
            "insert into review_pdus (review_id, ordinal, key, name, other_names, inspection_id, framework, note, has_published, published_source, " +
            "published_score, published_max_score, published_overall_rating) values (@review, @ordinal, @key, @name, @others, @inspection, @framework, @note, " +
            "@has, @source, @score, @max, @overall) returning id", ct,
            ("review", reviewId), ("ordinal", ordinal), ("key", pdu.Key), ("name", pdu.Name),
            ("others", pdu.OtherNames.Count == 0 ? null : new JsonValue(AuditJson.Serialize(pdu.OtherNames))), ("inspection", inspectionId),
            ("framework", pdu.Framework), ("note", pdu.Note), ("has", published is not null), ("source", published?.Source), ("score", published?.Score),
            ("max", published?.MaxScore), ("overall", published?.OverallRating?.Token()));
        var standards = published?.Standards ?? [];
        for (var i = 0; i < standards.Count; i++)
            await session.ExecuteAsync("insert into review_published_ratings (review_pdu_id, ordinal, standard, name, rating) values (@pdu, @ordinal, @standard, @name, @rating)", ct,
                ("pdu", id), ("ordinal", i), ("standard", standards[i].Standard), ("name", standards[i].Name), ("rating", standards[i].Rating?.Token()));
        for (var i = 0; i < pdu.Recommendations.Count; i++)
        {
            var r = pdu.Recommendations[i];
            await session.ExecuteAsync("insert into review_recommendations (review_pdu_id, ordinal, number, level, addressee, text) values (@pdu, @ordinal, @number, @level, @addressee, @text)", ct,
                ("pdu", id), ("ordinal", i), ("number", r.Number), ("level", ExchangeTokens.AddresseeLevels.Token(r.Level)), ("addressee", r.Addressee), ("text", r.Text));
        }
    }

    private static async Task InsertAreaAsync(DbSession session, long reviewId, int ordinal, ReviewArea area, CancellationToken ct)
    {
        var id = await session.ScalarAsync<long>("insert into review_areas (review_id, ordinal, key, title, headings_printed) values (@review, @ordinal, @key, @title, @headings) returning id", ct,
            ("review", reviewId), ("ordinal", ordinal), ("key", area.Key), ("title", area.Title), ("headings", area.HeadingsPrinted));
        for (var i = 0; i < area.Narrative.Count; i++)
            await session.ExecuteAsync("insert into review_area_paragraphs (area_id, ordinal, text) values (@area, @ordinal, @text)", ct, ("area", id), ("ordinal", i), ("text", area.Narrative[i]));
        for (var f = 0; f < area.Findings.Count; f++)
        {
            var finding = area.Findings[f];
            var findingId = await session.ScalarAsync<long>("insert into review_findings (area_id, ordinal, polarity, text, note) values (@area, @ordinal, @polarity, @text, @note) returning id", ct,
                ("area", id), ("ordinal", f), ("polarity", ExchangeTokens.Polarities.Token(finding.Polarity)), ("text", finding.Text), ("note", finding.Note));
            for (var e = 0; e < finding.Evidence.Count; e++)
            {
                var c = finding.Evidence[e];
                await session.ExecuteAsync("insert into review_evidence (finding_id, ordinal, source, detail, numerator, denominator, value, unit, inspection_key) " +
                    "values (@finding, @ordinal, @source, @detail, @numerator, @denominator, @value, @unit, @inspection)", ct,
                    ("finding", findingId), ("ordinal", e), ("source", ExchangeTokens.EvidenceSources.Token(c.Source)), ("detail", c.Detail), ("numerator", c.Numerator),
                    ("denominator", c.Denominator), ("value", c.Value), ("unit", c.Unit), ("inspection", c.Inspection));
            }
        }
    }

    public const string SelectListing =
        "select r.id, r.reference, r.region, r.letter_date, r.created_at, (select count(*) from review_pdus p where p.review_id = r.id) as pdu_count from reviews r";

    public static ReviewListing MapListing(System.Data.Common.DbDataReader row) =>
        new(row.Id("id"), row.Text("reference"), row.Required("region"), row.Date("letter_date"), row.Int("pdu_count")!.Value, row.Timestamp("created_at")!.Value);

    /// <summary>The review as stored, and the stored inspection of each PDU link (null where it has none).</summary>
    public static async Task<(RegionalReview Review, IReadOnlyList<long?> Inspections)> ReadAsync(DbSession session, long id, CancellationToken ct)
    {
        var head = await session.QuerySingleAsync("select * from reviews where id = @id", r => new RegionalReview
        {
            Region = r.Required("region"),
            Title = r.Text("title"),
            Reference = r.Text("reference"),
            LetterDate = r.Date("letter_date"),
            LeadInspector = r.Text("lead_inspector"),
        }, ct, ("id", id)) ?? throw new RecordNotFoundException($"there is no review with id {id} (./probity reviews lists them)");

        var people = await session.QueryAsync("select part, name, role, email from review_people where review_id = @id order by ordinal",
            r => (Part: r.Required("part"), Person: new ReviewPerson(r.Required("name")) { Role = r.Text("role"), Email = r.Text("email") }), ct, ("id", id));
        var paragraphs = await session.QueryAsync("select section, text from review_paragraphs where review_id = @id order by section_ordinal, ordinal",
            r => (Section: r.Required("section"), Text: r.Required("text")), ct, ("id", id));
        var narrative = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var g in paragraphs.GroupBy(p => p.Section)) narrative[g.Key] = g.Select(p => p.Text).ToList();

        var (pdus, inspections) = await ReadPdusAsync(session, id, ct);
        var review = head with
        {
            Addressee = people.FirstOrDefault(p => p.Part == "addressee").Person,
            Signatory = people.FirstOrDefault(p => p.Part == "signatory").Person,
            Copied = people.Where(p => p.Part == "copied").Select(p => p.Person).ToList(),
            Narrative = narrative,
            PduInspections = pdus,
            Areas = await ReadAreasAsync(session, id, ct),
        };
        return (review, inspections);
    }

    private static async Task<(List<LinkedPdu>, List<long?>)> ReadPdusAsync(DbSession session, long reviewId, CancellationToken ct)
    {
        var rows = await session.QueryAsync("select * from review_pdus where review_id = @id order by ordinal", r => (
            Id: r.Id("id"), Inspection: r.Long("inspection_id"), HasPublished: r.Bool("has_published") == true,
            Link: new LinkedPdu(r.Required("key"), r.Required("name"))
            {
                OtherNames = r.Text("other_names") is { } others ? AuditJson.Deserialize<List<string>>(others)! : [],
                Framework = r.Text("framework"),
                Note = r.Text("note"),
            },
            Published: new PublishedPduRatings
            {
                Source = r.Text("published_source"),
                Score = r.Int("published_score"),
                MaxScore = r.Int("published_max_score"),
                OverallRating = Rating(r.Text("published_overall_rating")),
            }), ct, ("id", reviewId));
        var links = new List<LinkedPdu>();
        foreach (var row in rows)
        {
            var standards = await session.QueryAsync("select standard, name, rating from review_published_ratings where review_pdu_id = @id order by ordinal",
                r => new PublishedStandardRating(r.Required("standard"), r.Required("name"), Rating(r.Text("rating"))), ct, ("id", row.Id));
            var recommendations = await session.QueryAsync("select number, level, addressee, text from review_recommendations where review_pdu_id = @id order by ordinal",
                r => new ReviewRecommendation(r.Int("number")!.Value, StoredTokens.Parse(ExchangeTokens.AddresseeLevels, r.Required("level"), "addressee level"), r.Required("addressee"), r.Required("text")),
                ct, ("id", row.Id));
            links.Add(row.Link with
            {
                Published = row.HasPublished ? row.Published with { Standards = standards } : null,
                Recommendations = recommendations,
            });
        }
        return (links, rows.Select(r => r.Inspection).ToList());
    }

    private static async Task<List<ReviewArea>> ReadAreasAsync(DbSession session, long reviewId, CancellationToken ct)
    {
        var areas = await session.QueryAsync("select * from review_areas where review_id = @id order by ordinal",
            r => (Id: r.Id("id"), Area: new ReviewArea(r.Required("key"), r.Required("title")) { HeadingsPrinted = r.Bool("headings_printed") == true }), ct, ("id", reviewId));
        var result = new List<ReviewArea>();
        foreach (var (areaId, area) in areas)
        {
            var narrative = await session.QueryAsync("select text from review_area_paragraphs where area_id = @id order by ordinal", r => r.Required("text"), ct, ("id", areaId));
            var findings = await session.QueryAsync("select * from review_findings where area_id = @id order by ordinal", r => (
                Id: r.Id("id"),
                Finding: new ReviewFinding(StoredTokens.Parse(ExchangeTokens.Polarities, r.Required("polarity"), "finding polarity"), r.Required("text")) { Note = r.Text("note") }), ct, ("id", areaId));
            var withEvidence = new List<ReviewFinding>();
            foreach (var (findingId, finding) in findings)
            {
                var evidence = await session.QueryAsync("select * from review_evidence where finding_id = @id order by ordinal", r =>
                    new EvidenceCitation(StoredTokens.Parse(ExchangeTokens.EvidenceSources, r.Required("source"), "evidence source"), r.Required("detail"))
                    {
                        Numerator = r.Int("numerator"),
                        Denominator = r.Int("denominator"),
                        Value = r.Decimal("value"),
                        Unit = r.Text("unit"),
                        Inspection = r.Text("inspection_key"),
                    }, ct, ("id", findingId));
                withEvidence.Add(finding with { Evidence = evidence });
            }
            result.Add(area with { Narrative = narrative, Findings = withEvidence });
        }
        return result;
    }

    private static Rating? Rating(string? token) => StoredTokens.ParseRating(token);

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
