using System.Diagnostics;
using DuckDB.NET.Data;
using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Ratings;
using Probity.Explore.Engine;
using Probity.Synthetic;

namespace Probity.Explore.Benchmarks;

/// <summary>
/// The benchmark's programme, the same as the national analysis benchmark's (1,000 inspections × 1,000 cases, seed 2020),
/// generated once in memory and filed twice: in Probity's explore engine, and in an in-memory DuckDB as an analyst would
/// load it — one row per recorded answer, a row per case with its attributes, a row per inspection, a row per interview.
/// </summary>
internal sealed class Programme
{
    public const int Inspections = 1_000;
    public const int CasesPerInspection = 1_000;
    public const int Seed = 2020;

    private Programme(ExploreData data, DuckDBConnection duck, long answers)
    {
        Data = data;
        Duck = duck;
        Answers = answers;
    }

    public ExploreData Data { get; }
    public DuckDBConnection Duck { get; }
    public long Answers { get; }

    public static Programme Generate()
    {
        var watch = Stopwatch.StartNew();
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute(duck, """
            create table inspections (id integer, reference varchar, year varchar, provider varchar, provider_type varchar, region varchar, framework varchar, fieldwork_start date);
            create table cases (inspection_id integer, case_ordinal integer, sample varchar, disposal varchar, rosh varchar, sex varchar, ro_grade varchar,
                iom varchar, domestic_abuse varchar, child_safeguarding varchar, disability varchar, caseload_band varchar, need_accommodation varchar, delivered_accommodation varchar);
            create table answers (inspection_id integer, case_ordinal integer, item varchar, answer varchar);
            create table interviews (inspection_id integer, officer varchar, grade varchar, workload_manageable boolean);
            """);
        var builder = new ExploreDataBuilder();
        long answers = 0;
        using (var inspections = duck.CreateAppender("inspections"))
        using (var cases = duck.CreateAppender("cases"))
        using (var answerRows = duck.CreateAppender("answers"))
        using (var interviews = duck.CreateAppender("interviews"))
        {
            var id = 0;
            foreach (var dataset in SyntheticNational.Generate(new SyntheticNational.Options { Inspections = Inspections, CasesPerInspection = CasesPerInspection, Seed = Seed }))
            {
                id++;
                builder.Add(dataset, id);
                var i = ExploreInspection.Of(dataset, id);
                inspections.CreateRow().AppendValue(id).AppendValue(i.Reference).AppendValue(i.Year?.ToString()).AppendValue(i.Provider)
                    .AppendValue(i.ProviderType.ToString()).AppendValue(i.Region).AppendValue(i.Framework.Id).AppendValue(i.FieldworkStart).EndRow();
                var items = dataset.Framework.Questions.Items;
                for (var c = 0; c < dataset.Cases.Count; c++)
                {
                    var r = dataset.Cases[c];
                    cases.CreateRow().AppendValue(id).AppendValue(c).AppendValue(r.Get(CaseColumns.Sample)).AppendValue(r.Get(CaseColumns.Disposal))
                        .AppendValue(r.Get(CaseColumns.Rosh)).AppendValue(r.Get(CaseColumns.Sex)).AppendValue(r.Get(CaseColumns.RoGrade))
                        .AppendValue(r.Get(CaseColumns.Iom)).AppendValue(r.Get(CaseColumns.DomesticAbuse)).AppendValue(r.Get(CaseColumns.ChildSafeguarding))
                        .AppendValue(r.Get(CaseColumns.Disability)).AppendValue(CaseSplits.CaseloadBand.Label(CaseloadBands.CodeOf(r.ResponsibleOfficerCaseload)))
                        .AppendValue(r.Get(CaseColumns.OffendingFactors[0].Need)).AppendValue(r.Get(CaseColumns.OffendingFactors[0].Delivered)).EndRow();
                    var row = dataset.Answers.Row(c);
                    for (var k = 0; k < row.Length; k++)
                    {
                        if (row[k] == 0) continue;
                        answerRows.CreateRow().AppendValue(id).AppendValue(c).AppendValue(items[k].Id).AppendValue(((Judgement)row[k]).Token()).EndRow();
                        answers++;
                    }
                }
                foreach (var v in dataset.Interviews)
                    interviews.CreateRow().AppendValue(id).AppendValue(v.OfficerId).AppendValue(v.Grade)
                        .AppendValue(v.Answers.TryGetValue("workload_manageable", out var yes) ? yes : (bool?)null).EndRow();
                if (id % 100 == 0) Console.Error.WriteLine($"{id} inspections filed ({watch.Elapsed.TotalSeconds:N0} s)");
            }
        }
        var data = builder.Build();
        Console.Error.WriteLine($"{data.CaseCount:N0} cases, {answers:N0} answers, in {watch.Elapsed.TotalSeconds:N0} s");
        MeasureSnapshot(data);
        return new Programme(data, duck, answers);
    }

    /// <summary>The size of this programme's snapshot file (its load is measured by <see cref="SnapshotLoadBenchmarks"/>).</summary>
    private static void MeasureSnapshot(ExploreData data)
    {
        using var output = new MemoryStream();
        ExploreSnapshot.Write(output, data, new SnapshotStamp(DateTimeOffset.UtcNow, new Dictionary<long, long>()));
        Console.Error.WriteLine($"snapshot: {output.Length / 1e6:N1} MB on disk");
    }

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and adds up the counts in its last column, reading every row as a client would.</summary>
    public long Duckdb(string sql)
    {
        using var command = Duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long total = 0;
        var last = reader.FieldCount - 1;
        while (reader.Read()) total += Convert.ToInt64(reader.GetValue(last), System.Globalization.CultureInfo.InvariantCulture);
        return total;
    }
}
