using Probity.Core.Datasets;
using Probity.Core.Frameworks;
using Probity.Core.Ratings;
using Probity.Core.Text;
using Probity.Tests.Shared;

namespace Probity.Core.Tests.Datasets;

/// <summary>
/// The CSV readers' and the whole-dataset checks' exact problems (file:line: words), each on the smallest input that
/// shows it, and what they keep from the rows they accept.
/// </summary>
public class ReaderProblemTests
{
    private static readonly FrameworkVersion Crc2019 = FrameworkCatalog.Get("hmip-crc-2019");

    private static CaseRecord Case(string id, string sample)
    {
        var record = new CaseRecord(id);
        record.Set(CaseColumns.Sample, sample);
        return record;
    }

    private static (AnswerGrid? Grid, List<string> Problems) Answers(string rows, FrameworkVersion? framework = null)
    {
        var problems = new List<DatasetProblem>();
        List<CaseRecord> cases = [Case("C1", "case-supervision"), Case("C2", "unpaid-work")];
        var grid = AnswersReader.Read(new StringReader("case_id,question,answer,note\n" + rows), framework ?? Crc2019, cases, problems);
        return (grid, problems.Select(p => p.ToString()).ToList());
    }

    [Fact]
    public void Answers_name_what_is_wrong_with_each_row()
    {
        var (grid, problems) = Answers(",2.1.1,yes\nC9,2.1.1,yes\nC1,,yes\nC1,zzz,yes\nC1,2.1.1,\nC1,2.1.1,maybe\nC1,2.1.1,yes,seen\nC1,2.1.1,no\n"
            + "C2,4.1.3,yes\nC1,1.1.1,yes\nC2,4.1.1,na\nC1,2.1.2,no,\n");
        Assert.Equal(
        [
            "answers.csv:2: case_id is empty",
            "answers.csv:3: case \"C9\" is not in cases.csv",
            "answers.csv:4: question is empty",
            "answers.csv:5: question \"zzz\" is not in framework hmip-crc-2019",
            "answers.csv:6: case C1 has an empty answer to 2.1.1; write yes, no or na (leave the row out if it was not assessed)",
            "answers.csv:7: answer \"maybe\" to 2.1.1 is not one of yes, no, na",
            "answers.csv:9: case C1 is answered on 2.1.1 more than once",
            "answers.csv:10: question \"4.1.3\" produces qualitative evidence only and has no case answers",
            "answers.csv:11: question \"1.1.1\" is a judgement key question of standard 1.1, rated by the lead inspector, not from case data",
        ], problems);
        var item = Crc2019.Questions.Items.Single(i => i.Id == "2.1.1").Index;
        var other = Crc2019.Questions.Items.Single(i => i.Id == "2.1.2").Index;
        Assert.Equal(Judgement.Yes, grid![0, item]);
        Assert.Equal("seen", grid.Note(0, item));
        Assert.Equal(Judgement.No, grid[0, other]);
        Assert.Null(grid.Note(0, other));
        Assert.Equal(1, grid.NoteCount);
        // na is the answer for a case outside the item's population
        Assert.Equal(Judgement.NotApplicable, grid[1, Crc2019.Questions.Items.Single(i => i.Id == "4.1.1").Index]);
    }

    [Fact]
    public void A_near_miss_question_gets_a_suggestion()
    {
        var problem = Assert.Single(Answers("C1,2.1.l,yes\n").Problems);
        Assert.StartsWith("answers.csv:2: question \"2.1.l\" is not in framework hmip-crc-2019 (did you mean ", problem);
        Assert.EndsWith("?)", problem);
    }

    [Fact]
    public void A_yes_or_no_outside_the_population_is_refused_with_the_reason()
    {
        var problem = Assert.Single(Answers("C2,2.1.1,yes\n").Problems);
        Assert.StartsWith("answers.csv:2: case C2 is outside the ", problem);
        Assert.Contains(" for 2.1.1 (", problem);
        Assert.EndsWith(") but is answered \"yes\"", problem);
        Assert.EndsWith("but is answered \"no\"", Assert.Single(Answers("C2,2.1.1,no\n").Problems));
    }

    [Fact]
    public void A_prompt_is_refused_by_a_framework_without_published_prompts()
    {
        var framework = FrameworkCatalog.Get("hmip-crc-2018");
        Assert.Equal(
        [
            "answers.csv:2: question \"2.1.1.a\" is a prompt, but framework hmip-crc-2018 has no published prompts: answer its key questions only",
            "answers.csv:3: question \"9.9.9.9.9\" is not in framework hmip-crc-2018",
        ], Answers("C1,2.1.1.a,yes\nC1,9.9.9.9.9,yes\n", framework).Problems);
    }

    [Fact]
    public void Interviews_check_the_officer_grade_and_answers()
    {
        var problems = new List<DatasetProblem>();
        var interviews = EvidenceReaders.ReadInterviews(new StringReader(
            "officer_id,grade,caseload,workload_manageable,prioritises_quality\nR1,PO,40,yes,no\n,PSO,,,\nR1,PSO,,,\nR2,SPO,,maybe,\nR3,,,,\n"), problems);
        Assert.Equal(
        [
            "interviews.csv:3: officer_id is empty",
            "interviews.csv:4: duplicate officer_id \"R1\" (first seen on line 2)",
            "interviews.csv:5: grade \"SPO\" is not one of PO, PSO, PQiP, other",
            "interviews.csv:5: workload_manageable \"maybe\" is not one of yes, no (leave it empty if not asked)",
        ], problems.Select(p => p.ToString()));
        Assert.Equal(["R1", "R2", "R3"], interviews.Select(i => i.OfficerId));
        Assert.Equal(("PO", 40), (interviews[0].Grade, interviews[0].Caseload));
        Assert.Equal(new Dictionary<string, bool> { ["workload_manageable"] = true, ["prioritises_quality"] = false }, interviews[0].Answers);
        Assert.Empty(interviews[1].Answers);
        Assert.Null(interviews[2].Grade);
        Assert.Null(interviews[2].Caseload);
    }

    [Fact]
    public void Meetings_check_the_kind_description_and_date()
    {
        var problems = new List<DatasetProblem>();
        var meetings = EvidenceReaders.ReadMeetings(new StringReader(
            "date,kind,description,attendees,notes\n2019-09-16,senior-managers,Chief executive,3,Vision\n,focus,Bad kind,,\n,other,,,\n2019-13-01,other,Bad date,,\n,other,No date,,\n"), problems);
        Assert.Equal(
        [
            $"meetings.csv:3: kind \"focus\" is not one of {string.Join(", ", MeetingKindNames.AllTokens)}",
            "meetings.csv:4: description is empty",
            "meetings.csv:5: date \"2019-13-01\" is not in the form yyyy-mm-dd",
        ], problems.Select(p => p.ToString()));
        Assert.Equal(new Meeting(MeetingKind.SeniorManagers, "Chief executive") { Date = new DateOnly(2019, 9, 16), Attendees = 3, Notes = "Vision" }, meetings[0]);
        Assert.Equal(new Meeting(MeetingKind.Other, "Bad date"), meetings[1]);
        Assert.Equal(new Meeting(MeetingKind.Other, "No date"), meetings[2]);
        Assert.Equal(3, meetings.Count);
    }

    [Fact]
    public void Practice_examples_check_the_case_standard_kind_and_text()
    {
        var problems = new List<DatasetProblem>();
        var examples = EvidenceReaders.ReadPracticeExamples(new StringReader(
            "case_id,standard,kind,text\nC1,2.1,good,Fine work\nC9,2.1,good,T\n,2.1,good,T\nC1,9.9,good,T\nC1,,poor,T\nC1,2.1,great,T\nC1,2.1,poor,\n"),
            Crc2019, new HashSet<string> { "C1" }, problems);
        Assert.Equal(
        [
            "practice-examples.csv:3: case \"C9\" is not in cases.csv",
            "practice-examples.csv:4: case \"\" is not in cases.csv",
            "practice-examples.csv:5: standard \"9.9\" is not in framework hmip-crc-2019",
            "practice-examples.csv:6: standard \"\" is not in framework hmip-crc-2019",
            $"practice-examples.csv:7: kind \"great\" is not one of {ExchangeTokens.PracticeKinds.List}",
            "practice-examples.csv:8: text is empty",
        ], problems.Select(p => p.ToString()));
        Assert.Equal(new PracticeExample("C1", "2.1", PracticeKind.Good, "Fine work"), Assert.Single(examples));
    }

    private static Dictionary<string, string> NorthumbriaWith(string file, string from, string to)
    {
        var files = Northumbria.Files();
        Assert.Contains(from, files[file]);
        files[file] = files[file].Replace(from, to);
        return files;
    }

    private static int LineOf(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void A_provider_type_the_framework_does_not_inspect()
    {
        var result = Northumbria.Parse(NorthumbriaWith("inspection.json", "\"type\": \"CRC\"", "\"type\": \"NPS\""));
        Assert.Equal("inspection.json:7: provider type NPS is not inspected under hmip-crc-2019 (it inspects CRC)", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void Standards_named_in_the_manifest_must_be_the_frameworks()
    {
        var files = NorthumbriaWith("inspection.json", "\"1.4\": \"good\"", "\"1.4\": \"good\",\n    \"2.1\": \"good\",\n    \"9.9\": \"good\"");
        files["inspection.json"] = files["inspection.json"].Replace("\"published\": \"2020-02\",", "\"published\": \"2020-02\",\n  \"notInspected\": [\"9.8\"],");
        var json = files["inspection.json"];
        var printed = Northumbria.Parse(files).Problems.Select(p => p.ToString()).ToList();
        Assert.Contains($"inspection.json:{LineOf(json, "\"9.8\"")}: \"9.8\" is not a standard of hmip-crc-2019", printed);
        Assert.Contains($"inspection.json:{LineOf(json, "\"9.9\"")}: \"9.9\" is not a standard of hmip-crc-2019", printed);
        Assert.Contains(printed, p => p.StartsWith($"inspection.json:{LineOf(json, "\"2.1\": \"good\"")}: standard 2.1 ", StringComparison.Ordinal)
            && p.EndsWith(" is rated from case data, not by judgement: it takes no domainOneRatings entry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sample_plan_for_a_sample_the_framework_does_not_use()
    {
        var files = NorthumbriaWith("inspection.json", "\"samples\": {", "\"samples\": {\n    \"court-work\": {},");
        var problem = Assert.Single(Northumbria.Parse(files).Problems);
        Assert.Equal($"inspection.json:{LineOf(files["inspection.json"], "\"court-work\"")}: sample \"court-work\" is not used by hmip-crc-2019 (case-supervision, unpaid-work, through-the-gate)",
            problem.ToString());
    }

    [Fact]
    public void Na_without_a_reason_in_a_rated_population_is_a_warning()
    {
        var ids = Enumerable.Range(1, 7).Select(i => $"NB19-CS-{i:000}").ToList();
        var files = Northumbria.Files();
        var answers = files["answers.csv"];
        foreach (var id in ids.Take(6)) answers = answers.Replace($"{id},2.1.1,yes,", $"{id},2.1.1,na,").Replace($"{id},2.1.1,no,", $"{id},2.1.1,na,");
        answers = answers.Replace($"{ids[6]},2.1.1,yes,", $"{ids[6]},2.1.1,na,not in scope").Replace($"{ids[6]},2.1.1,no,", $"{ids[6]},2.1.1,na,not in scope");
        files["answers.csv"] = answers;
        var result = Northumbria.Parse(files);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("answers.csv: 2.1.1: 6 cases answered na without a reason in the note column: NB19-CS-001, NB19-CS-002, NB19-CS-003, NB19-CS-004, NB19-CS-005 and 1 more",
            result.Warnings.Select(w => w.ToString()));

        files["answers.csv"] = Northumbria.Files()["answers.csv"].Replace("NB19-CS-001,2.1.1,yes,", "NB19-CS-001,2.1.1,na,").Replace("NB19-CS-001,2.1.1,no,", "NB19-CS-001,2.1.1,na,");
        Assert.Contains("answers.csv: 2.1.1: 1 case answered na without a reason in the note column: NB19-CS-001",
            Northumbria.Parse(files).Warnings.Select(w => w.ToString()));
        Assert.DoesNotContain(Northumbria.Parse().Warnings, w => w.Message.StartsWith("2.1.1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_case_of_an_area_inspection_belongs_to_a_providers_view()
    {
        var files = RepositoryFiles.Dataset("cumbria-2017");
        Assert.True(DatasetParser.Parse(new InMemoryDatasetSource(files)).Succeeded);
        files["cases.csv"] = files["cases.csv"].Replace("CU17-CRC-001,case-supervision,CRC,", "CU17-CRC-001,case-supervision,,");
        var problem = Assert.Single(DatasetParser.Parse(new InMemoryDatasetSource(files)).Problems).ToString();
        Assert.StartsWith("cases.csv:2: case CU17-CRC-001 belongs to none of hmip-qi-2017's views (", problem);
        Assert.EndsWith("); say which organisation managed it", problem);
        Assert.Equal(2, problem.Split("; ").Length - 1); // the two providers' views (the joint one has no population of its own), then the advice
    }

    [Fact]
    public void A_framework_without_ratings_takes_no_ratings()
    {
        var files = RepositoryFiles.Dataset("cumbria-2017");
        files["inspection.json"] = files["inspection.json"].Replace("\"framework\": \"hmip-qi-2017\",", "\"framework\": \"hmip-qi-2017\",\n  \"panelDecisions\": [],\n  \"domainOneRatings\": {},");
        Assert.True(DatasetParser.Parse(new InMemoryDatasetSource(files)).Succeeded); // empty: nothing to remove
        files["inspection.json"] = files["inspection.json"].Replace("\"domainOneRatings\": {}", "\"domainOneRatings\": { \"9.9\": \"good\" }");
        var printed = DatasetParser.Parse(new InMemoryDatasetSource(files)).Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("inspection.json:1: hmip-qi-2017 has no ratings: remove domainOneRatings and panelDecisions", printed);
    }

    [Fact]
    public void A_rating_problem_points_at_its_panel_decision()
    {
        var files = NorthumbriaWith("inspection.json", "\"standard\": \"2.4\"", "\"standard\": \"2.1\"");
        var problem = Assert.Single(Northumbria.Parse(files).Problems);
        Assert.Equal(LineOf(files["inspection.json"], "\"standard\": \"2.1\"") - 1, problem.Line); // the decision's opening brace
        Assert.Contains("standard 2.1 is not eligible for discretion", problem.Message);
    }

    [Theory] // up to six missing answers are listed; beyond six the rest are counted
    [InlineData(6, "2.1.1, 2.1.2, 2.2.1, 2.2.2, 2.3.1, 2.3.2")]
    [InlineData(7, "2.1.1, 2.1.2, 2.2.1, 2.2.2, 2.3.1, 2.3.2 and 1 more")]
    public void Missing_answers_are_listed_up_to_six(int count, string listed)
    {
        var removed = new[] { "2.1.1", "2.1.2", "2.2.1", "2.2.2", "2.3.1", "2.3.2", "2.4.1" }.Take(count).ToHashSet();
        var files = Northumbria.Files();
        files["answers.csv"] = string.Join("\n", files["answers.csv"].Split('\n').Where(l => !(l.StartsWith("NB19-CS-001,", StringComparison.Ordinal) && removed.Contains(l.Split(',')[1]))));
        Assert.Contains($"cases.csv:2: case NB19-CS-001 has no answer to {listed} in answers.csv (each needs yes, no or na)",
            Northumbria.Parse(files).Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Writing_gives_back_the_examples_own_files()
    {
        var original = Northumbria.Files();
        var sink = new MemorySink();
        DatasetWriter.Write(Northumbria.Parse(original).Dataset!, sink);
        static string[] Lines(string text) => text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        // only the columns some case uses, in the format's order: the example's own header
        Assert.Equal(Lines(original["cases.csv"]), Lines(sink.Texts["cases.csv"]));
        Assert.Equal(Lines(original["answers.csv"]).Order(StringComparer.Ordinal), Lines(sink.Texts["answers.csv"]).Order(StringComparer.Ordinal));
        Assert.Equal(Lines(original["interviews.csv"])[0], Lines(sink.Texts["interviews.csv"])[0]);
        Assert.Equal(Lines(original["interviews.csv"]).Length, Lines(sink.Texts["interviews.csv"]).Length);
        Assert.Equal("case_id,standard,kind,text", Lines(sink.Texts["practice-examples.csv"])[0]);
        Assert.False(sink.Texts.ContainsKey("meetings.csv")); // no meetings, no file
    }
}
