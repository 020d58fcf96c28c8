using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Frameworks;

/// <summary>A key question's prompt table (Quality &amp; Impact's Tables 4 and 6): data in the framework, checked by the loader.</summary>
public class PromptTableTests
{
    [Fact]
    public void Quality_and_impact_tables_the_needs_of_2_3_2_in_the_reports_words()
    {
        var framework = FrameworkCatalog.Get("hmip-qi-2017");
        var table = framework.FindKeyQuestion("2.3.2")!.PromptTable!;
        Assert.Equal("Sufficiency scores relating to the most prevalent assessed needs of cases in the {organisation} inspection sample.", table.Title);
        Assert.Equal("Assessed need (in order of priority)", table.RowHeading);
        Assert.Equal("% of cases where interventions delivered sufficiently", table.ValueHeading);
        Assert.Equal(["2.3.2"], framework.KeyQuestions.Where(k => k.PromptTable is not null).Select(k => k.Id));
    }

    [Fact]
    public void A_prompt_table_needs_prompts_and_all_three_texts()
    {
        const string json = """
            {
              "id": "hmip-test-1", "title": "Test", "providerTypes": ["Area"], "samples": ["case-supervision"],
              "populations": [ { "id": "QI", "name": "Cases", "sample": "case-supervision" } ],
              "domains": [ { "key": "1", "title": "D", "standards": [ { "id": "1.1", "name": "S", "statement": "S.", "ratedBy": "none", "keyQuestions": [
                { "id": "1.1.1", "title": "Q?", "role": "counted", "population": "QI", "promptTable": { "title": "T", "rowHeading": "R", "valueHeading": "V" } },
                { "id": "1.1.2", "title": "Q2?", "role": "counted", "population": "QI", "promptTable": { "title": "T" },
                  "prompts": [ { "id": "1.1.2.a", "text": "P" } ] }
              ]}]}]
            }
            """;
        var result = FrameworkLoader.Load(json, "test.json");
        Assert.False(result.Succeeded, "no problem found");
        Assert.True(result.Problems.Count >= 2, string.Join("\n", result.Problems));
        Assert.True(result.Problems.Any(p => p.Contains("keyQuestions[0].promptTable: only a key question with prompts has a prompt table", StringComparison.Ordinal)), string.Join("\n", result.Problems));
        Assert.True(result.Problems.Any(p => p.Contains("keyQuestions[1].promptTable", StringComparison.Ordinal) && p.Contains("rowHeading", StringComparison.Ordinal)), string.Join("\n", result.Problems));
    }
}
