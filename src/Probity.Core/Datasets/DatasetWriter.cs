using Probity.Core.Csv;
using Probity.Core.Ratings;
using Probity.Core.Text;

namespace Probity.Core.Datasets;

/// <summary>Where a written dataset goes: a folder (in the hosts) or memory (in tests).</summary>
public interface IDatasetSink
{
    TextWriter Create(string fileName);
}

/// <summary>Writes a dataset in the exchange format; reading it back with <see cref="DatasetParser"/> gives the same data.</summary>
public static class DatasetWriter
{
    public static void Write(InspectionDataset dataset, IDatasetSink sink)
    {
        using (var w = sink.Create(ManifestReader.FileName)) w.Write(ManifestWriter.Write(dataset.Manifest));
        using (var w = sink.Create(CasesReader.FileName)) WriteCases(dataset, w);
        using (var w = sink.Create(AnswersReader.FileName)) WriteAnswers(dataset, w);
        if (dataset.Interviews.Count > 0)
            using (var w = sink.Create(EvidenceReaders.InterviewsFile)) WriteInterviews(dataset.Interviews, w);
        if (dataset.Meetings.Count > 0)
            using (var w = sink.Create(EvidenceReaders.MeetingsFile)) WriteMeetings(dataset.Meetings, w);
        if (dataset.PracticeExamples.Count > 0)
            using (var w = sink.Create(EvidenceReaders.PracticeExamplesFile)) WritePracticeExamples(dataset.PracticeExamples, w);
    }

    public static void WriteCases(InspectionDataset dataset, TextWriter writer)
    {
        var csv = CsvWriter.ForExchange(writer);
        // Only columns some case uses, so a small dataset stays readable in a spreadsheet.
        var columns = CaseColumns.All.Where(c => c == CaseColumns.Sample || dataset.Cases.Any(r => r.Code(c) != 0)).ToList();
        var officer = dataset.Cases.Any(c => c.ResponsibleOfficer is not null);
        var caseload = dataset.Cases.Any(c => c.ResponsibleOfficerCaseload is not null);
        var extras = dataset.Cases.Where(c => c.ExtraColumns is not null).SelectMany(c => c.ExtraColumns!.Keys).Distinct().ToList();
        csv.Field(CasesReader.CaseIdColumn);
        foreach (var c in columns) csv.Field(c.Name);
        if (officer) csv.Field(CasesReader.OfficerColumn);
        if (caseload) csv.Field(CasesReader.CaseloadColumn);
        foreach (var e in extras) csv.Field(e);
        csv.EndRecord();
        foreach (var record in dataset.Cases)
        {
            csv.Field(record.CaseId);
            foreach (var c in columns) csv.Field(record.Get(c));
            if (officer) csv.Field(record.ResponsibleOfficer);
            if (caseload) csv.Field(record.ResponsibleOfficerCaseload);
            foreach (var e in extras) csv.Field(record.ExtraColumns?.GetValueOrDefault(e));
            csv.EndRecord();
        }
    }

    public static void WriteAnswers(InspectionDataset dataset, TextWriter writer)
    {
        var csv = CsvWriter.ForExchange(writer);
        csv.Record("case_id", "question", "answer", "note");
        var items = dataset.Framework.Questions.Items;
        for (var c = 0; c < dataset.Cases.Count; c++)
        {
            var row = dataset.Answers.Row(c);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] == 0) continue;
                csv.Field(dataset.Cases[c].CaseId);
                csv.Field(items[i].Id);
                csv.Field(((Judgement)row[i]).Token());
                csv.Field(dataset.Answers.Note(c, i));
                csv.EndRecord();
            }
        }
    }

    private static void WriteInterviews(IReadOnlyList<OfficerInterview> interviews, TextWriter writer)
    {
        var csv = CsvWriter.ForExchange(writer);
        csv.Field("officer_id");
        csv.Field("grade");
        csv.Field("caseload");
        foreach (var q in InterviewQuestions.All) csv.Field(q.Column);
        csv.EndRecord();
        foreach (var i in interviews)
        {
            csv.Field(i.OfficerId);
            csv.Field(i.Grade);
            csv.Field(i.Caseload);
            foreach (var q in InterviewQuestions.All)
                csv.Field(i.Answers.TryGetValue(q.Column, out var yes) ? (yes ? "yes" : "no") : null);
            csv.EndRecord();
        }
    }

    private static void WriteMeetings(IReadOnlyList<Meeting> meetings, TextWriter writer)
    {
        var csv = CsvWriter.ForExchange(writer);
        csv.Record("date", "kind", "description", "attendees", "notes");
        foreach (var m in meetings)
        {
            csv.Field(m.Date?.ToString("yyyy-MM-dd"));
            csv.Field(m.Kind.Token());
            csv.Field(m.Description);
            csv.Field(m.Attendees);
            csv.Field(m.Notes);
            csv.EndRecord();
        }
    }

    private static void WritePracticeExamples(IReadOnlyList<PracticeExample> examples, TextWriter writer)
    {
        var csv = CsvWriter.ForExchange(writer);
        // The in_report column only once the writers have left an example out, so that a file with none reads as before.
        if (examples.All(e => e.InReport))
        {
            csv.Record("case_id", "standard", "kind", "text");
            foreach (var e in examples) csv.Record(e.CaseId, e.Standard, ExchangeTokens.PracticeKinds.Token(e.Kind), e.Text);
            return;
        }
        csv.Record("case_id", "standard", "kind", "text", "in_report");
        foreach (var e in examples) csv.Record(e.CaseId, e.Standard, ExchangeTokens.PracticeKinds.Token(e.Kind), e.Text, e.InReport ? "yes" : "no");
    }
}
