using Probity.Core.Csv;
using Probity.Core.Sampling;

namespace Probity.Core.Tests.Sampling;

public class SampleFileWriterTests
{
    private const string Population = """
        case_id,sex,disposal,recorded_rosh,local_note
        A1,male,community,medium,"first, with a comma"
        A2,male,community,medium,
        A3,male,community,medium,x
        A4,male,community,medium,x
        A5,male,community,medium,x
        B1,female,post-release,low,y
        B2,female,post-release,low,y
        B3,female,post-release,low,y

        """;

    private static string Write(SampleDraw draw, string population = Population)
    {
        var output = new StringWriter();
        SampleFileWriter.Write(new StringReader(population), draw, output);
        return output.ToString();
    }

    private static List<string[]> Rows(string csv)
    {
        var reader = new CsvRecordReader(new StringReader(csv));
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact] // the population's own columns (unknown ones too, exactly as given), then stratum, role and reserve_order
    public void Copies_the_population_columns_and_adds_stratum_role_and_reserve_order()
    {
        var plan = Populations.Plan() with { Required = 5, Seed = 3, ReservePercent = 100 };
        var draw = Populations.Draw(Population, plan);
        var rows = Rows(Write(draw));
        Assert.Equal(["case_id", "sex", "disposal", "recorded_rosh", "local_note", "stratum", "role", "reserve_order"], rows[0]);
        Assert.Equal(draw.Actual + draw.ReserveCount, rows.Count - 1);
        var expected = draw.Cases().Select(c => (c.Case.CaseId, c.Stratum.Label, c.Role.Token(), c.ReserveOrder?.ToString() ?? "")).ToList();
        Assert.Equal(expected, rows.Skip(1).Select(r => (r[0], r[5], r[6], r[7])));
        // quotas 3.125 and 1.875 → 3 and 2; reserves up to 100% of each stratum's sample
        Assert.Equal(3, rows.Count(r => r[5] == "male/community/medium" && r[6] == "sample"));
        Assert.Equal(2, rows.Count(r => r[5] == "male/community/medium" && r[6] == "reserve"));
        Assert.Equal(1, rows.Count(r => r[5] == "female/post-release/low" && r[6] == "reserve"));
        Assert.Equal("first, with a comma", rows.Single(r => r[0] == "A1")[4]); // every male case is sampled or a reserve here
    }

    [Fact] // the writer reads the population again: a different file is refused, never half-copied
    public void Refuses_a_population_that_changed()
    {
        var plan = Populations.Plan() with { Required = 8, Seed = 1 };
        var draw = Populations.Draw(Population, plan);
        var changed = Population.Replace("A3,", "Z3,");
        var e = Assert.Throws<InvalidOperationException>(() => Write(draw, changed));
        Assert.StartsWith("the population file changed after it was sampled", e.Message);
    }
}
