using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class PopulationReaderTests
{
    [Fact]
    public void Reads_every_column_and_ignores_unknown_ones()
    {
        var population = Populations.Read(
            "\uFEFFcase_id,pnc_flag,sex,disposal,recorded_rosh,sentence_date,release_date,requirements,office,ro_grade,managed_by,ttg_entitled\n"
            + "NB-1,x,female,community,medium,2019-02-01,,rar; unpaid-work,Gateshead,PSO,crc,\n"
            + "\n"
            + "NB-2,,male,post-release,low,2018-06-01,2019-02-10,,\"Newcastle, hub\",PO,nps,yes\n");
        Assert.Equal(["case_id", "pnc_flag", "sex", "disposal", "recorded_rosh", "sentence_date", "release_date", "requirements", "office", "ro_grade", "managed_by", "ttg_entitled"],
            population.Header);
        var (a, b) = (population.Cases[0], population.Cases[1]);
        Assert.Equal(("NB-1", 2, 0), (a.CaseId, a.Line, a.Row));
        Assert.Equal(("NB-2", 4, 1), (b.CaseId, b.Line, b.Row));
        Assert.Equal("female", PopulationColumns.Sex.Token(a.Sex));
        Assert.Equal("medium", PopulationColumns.RecordedRosh.Token(a.RecordedRosh));
        Assert.True(a.Has(PopulationColumns.UnpaidWork));
        Assert.True(a.Has(PopulationColumns.RequirementFlag("rar")));
        Assert.False(b.Has(PopulationColumns.UnpaidWork));
        Assert.Equal(new DateOnly(2019, 2, 1), a.SentenceDate);
        Assert.Null(a.ReleaseDate);
        Assert.True(b.IsPostRelease);
        Assert.Equal(new DateOnly(2019, 2, 10), b.ReleaseDate);
        Assert.Equal("Newcastle, hub", b.Office);
        Assert.Equal("nps", PopulationColumns.ManagedBy.Token(b.ManagedBy));
        Assert.Equal("yes", PopulationColumns.TtgEntitled.Token(b.TtgEntitled));
        Assert.Equal(0, a.TtgEntitled);
    }

    [Fact] // all or nothing: every problem, each with its line
    public void Reports_every_problem_with_its_line()
    {
        var problems = Populations.Problems(
            Populations.Header + "\n"
            + "NB-1,Male,community,medium,2019-02-01,,,,,,\n"
            + "NB-2,male,custody,medium,01/02/2019,,,,,,\n"
            + "NB-1,male,community,medium,2019-02-01,,,,,,\n"
            + ",male,community,medium,2019-02-01,,,,,,\n"
            + "NB-5,male,community,severe,2019-02-30,,unpaid work,,SPO,cps,maybe\n");
        Assert.Equal(
        [
            "population.csv:2: sex \"Male\" is not one of male, female",
            "population.csv:3: disposal \"custody\" is not one of community, post-release",
            "population.csv:3: sentence_date \"01/02/2019\" is not a date written yyyy-mm-dd",
            "population.csv:4: duplicate case_id \"NB-1\" (first seen on line 2)",
            "population.csv:5: case_id is empty; every case needs its case reference",
            "population.csv:6: recorded_rosh \"severe\" is not one of low, medium, high, very-high",
            "population.csv:6: ro_grade \"SPO\" is not one of PO, PSO, PQiP, other",
            "population.csv:6: managed_by \"cps\" is not one of crc, nps",
            "population.csv:6: ttg_entitled \"maybe\" is not one of yes, no",
            "population.csv:6: sentence_date \"2019-02-30\" is not a date written yyyy-mm-dd",
            "population.csv:6: requirement \"unpaid work\" is not one of unpaid-work, rar, accredited-programme, drr, atr, mhtr, curfew, other (separate several with \";\")",
        ], problems.Select(p => p.ToString()));
    }

    [Fact] // the columns a sample type needs are required; dates only when eligibility is worked out from an as-at date
    public void Requires_the_columns_the_plan_needs()
    {
        var problem = Assert.Single(Populations.Problems("case_id,sex\nA,male\n"));
        Assert.StartsWith("population.csv:1: the header lacks the required columns \"disposal\", \"recorded_rosh\"", problem.ToString());

        var withDates = Populations.Plan() with { AsAt = new DateOnly(2019, 8, 19) };
        Assert.Contains("\"sentence_date\", \"release_date\"", Assert.Single(Populations.Problems("case_id,sex,disposal,recorded_rosh\n", withDates)).Message);

        var unpaidWork = Populations.Plan(SampleType.UnpaidWork);
        Assert.Contains("\"requirements\"", Assert.Single(Populations.Problems("case_id,sex,recorded_rosh\n", unpaidWork)).Message);

        Assert.Single(Populations.Read("case_id\nA\n", Populations.Plan(SampleType.ThroughTheGate)).Cases); // Through the Gate has no strata
    }

    [Fact]
    public void Refuses_columns_the_sample_file_adds()
    {
        var problem = Assert.Single(Populations.Problems("case_id,sex,disposal,recorded_rosh,role\nA,male,community,low,x\n"));
        Assert.Equal("population.csv:1: the column \"role\" is one the sample file adds; rename it in the population", problem.ToString());
    }

    [Fact]
    public void An_empty_file_is_a_problem() =>
        Assert.StartsWith("population.csv: the file is empty", Assert.Single(Populations.Problems("")).ToString());

    [Fact]
    public void Bad_quoting_is_a_problem() =>
        Assert.Contains("bad CSV quoting", Assert.Single(Populations.Problems("case_id,sex,disposal,recorded_rosh\n\"A,male,community,low\n")).Message);
}
