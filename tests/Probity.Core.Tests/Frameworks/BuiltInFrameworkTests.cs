using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Frameworks;

/// <summary>The shipped framework files: valid, complete, and in the exact published wording.</summary>
public class BuiltInFrameworkTests
{
    private static readonly FrameworkVersion F2019 = FrameworkCatalog.Get("hmip-crc-2019");
    private static readonly FrameworkVersion F2018 = FrameworkCatalog.Get("hmip-crc-2018");

    [Fact]
    public void Every_file_in_the_frameworks_folder_is_valid_and_named_by_its_id()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Of("frameworks"), "*.json"))
        {
            var result = FrameworkLoader.Load(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(result.Succeeded, string.Join("\n", result.Problems));
            Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Framework!.Id);
            Assert.NotNull(FrameworkCatalog.Find(result.Framework.Id));
        }
    }

    [Fact] // spec §3.1
    public void Hmip_crc_2019_has_the_published_shape()
    {
        Assert.Equal(["1", "2", "4"], F2019.Domains.Select(d => d.Key));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "4.1", "4.2"], F2019.Standards.Select(s => s.Id));
        Assert.Equal(15, F2019.KeyQuestions.Count(k => k.Role == KeyQuestionRole.Judgement));
        Assert.Equal(18, F2019.KeyQuestions.Count(k => k.Role == KeyQuestionRole.Rated));
        Assert.Equal(["4.1.3"], F2019.KeyQuestions.Where(k => k.Role == KeyQuestionRole.QualitativeOnly).Select(k => k.Id));
        Assert.Equal(53, F2019.Standards.Where(s => s.Domain.Key == "2").SelectMany(s => s.KeyQuestions).Sum(k => k.Prompts.Count));
        Assert.Equal(23, F2019.Standards.Where(s => s.Domain.Key == "4").SelectMany(s => s.KeyQuestions).Sum(k => k.Prompts.Count));
        Assert.Equal("4.1.3", F2019.FindStandard("4.1")!.QualitativeAdjustment!.EvidenceKeyQuestion);
    }

    [Fact] // spec §4: 2018 — four quantitative unpaid-work key questions, no prompts, no qualitative adjustment
    public void Hmip_crc_2018_has_the_published_shape()
    {
        Assert.False(F2018.PromptsKnown);
        Assert.Empty(F2018.KeyQuestions.SelectMany(k => k.Prompts));
        Assert.Equal(["4.1.1", "4.1.2", "4.1.3", "4.1.4"], F2018.FindStandard("4.1")!.RatedKeyQuestions.Select(k => k.Id));
        Assert.Null(F2018.FindStandard("4.1")!.QualitativeAdjustment);
        Assert.All(F2018.Standards.Where(s => s.Domain.Key == "1").SelectMany(s => s.KeyQuestions),
            k => Assert.Equal("carried-from-hmip-crc-2019", k.WordingSource));
    }

    [Theory] // the harm sub-sample rules of each version (spec §4.6 row 4, J1)
    [InlineData("hmip-crc-2019", "2.1.3", "CS-HARM")]
    [InlineData("hmip-crc-2018", "2.1.3", "CS")]
    [InlineData("hmip-crc-2019", "2.2.3", "CS-HARM")]
    [InlineData("hmip-crc-2018", "2.4.3", "CS-HARM")]
    [InlineData("hmip-crc-2019", "2.2.1", "CS")]
    [InlineData("hmip-crc-2019", "4.1.1", "UW")]
    [InlineData("hmip-crc-2019", "4.2.3", "TTG")]
    public void Key_question_populations(string version, string keyQuestion, string population) =>
        Assert.Equal(population, FrameworkCatalog.Get(version).FindKeyQuestion(keyQuestion)!.Population!.Id);

    [Fact] // exact wording, both wordings where the report prints two (spec §3.3)
    public void Exact_wording()
    {
        var kq = F2019.FindKeyQuestion("2.3.1")!;
        Assert.Equal("Is the sentence/post-custody period implemented effectively, with a focus on engaging the service user?", kq.Title);
        Assert.Equal("Is the sentence/post-custody period implemented appropriately, with a focus on engaging the service user?", kq.AnnexTitle);
        Assert.Equal("Is the sentence/post-custody period implemented effectively with a focus on engaging the service user?", F2018.FindKeyQuestion("2.3.1")!.Title);
        Assert.Equal("Were domestic abuse checks undertaken?", F2019.FindPrompt("2.1.3.d")!.Text);
        Assert.Equal("Expected in all cases.", F2019.FindPrompt("2.1.3.d")!.Footnote);
        Assert.False(F2019.FindPrompt("2.1.3.d")!.Condition!.NotApplicableExpected);
        Assert.Equal("Post-custody cases only: Was there a proportionate level of contact with the prisoner before release?", F2019.FindPrompt("2.3.1.d")!.Text);
        Assert.Equal("Assessment is well informed, analytical and personalised, actively involving the service user.", F2019.FindStandard("2.1")!.Statement);
        Assert.Equal("Assessment is well-informed, analytical and personalised, actively involving the service user.", F2018.FindStandard("2.1")!.Statement);
        Assert.Equal("Do the information and communications technology (ICT) systems enable staff to deliver a high-quality service, meeting the needs of all service users?",
            F2019.FindKeyQuestion("1.4.3")!.Title);
    }

    [Fact] // spec §4.5: the prompts with a comparable round-one counterpart
    public void Comparability_flags()
    {
        string[] comparable = ["2.1.1.a", "2.1.1.c", "2.1.2.a", "2.1.2.c", "2.2.1.a", "2.2.1.c", "2.2.1.d", "2.2.1.e", "2.2.2.a", "2.2.2.c",
            "2.2.3.a", "2.2.3.b", "2.2.3.d", "2.3.1.a", "2.3.1.b", "2.3.1.c", "2.3.1.d", "2.3.1.e", "2.3.1.g", "2.3.2.a", "2.3.2.e",
            "2.3.3.a", "2.4.3.c", "4.2.1.a", "4.2.1.b", "4.2.1.c", "4.2.1.d", "4.2.1.e", "4.2.3.b"];
        var flagged = F2019.KeyQuestions.SelectMany(k => k.Prompts).Where(p => p.IsComparableWith("hmip-crc-2018")).Select(p => p.Id);
        Assert.Equal(comparable.Order(), flagged.Order());
        Assert.False(F2019.FindKeyQuestion("2.4.1")!.IsComparableWith("hmip-crc-2018"));
        Assert.True(F2019.FindKeyQuestion("2.4.3")!.IsComparableWith("hmip-crc-2018"));
        Assert.False(F2019.FindKeyQuestion("4.1.4")!.IsComparableWith("hmip-crc-2018"));
    }

    [Fact] // the post-custody condition is a stated case attribute, so it narrows the population; the others are the inspector's call
    public void Conditions()
    {
        var postCustody = F2019.FindPrompt("2.3.1.d")!.Condition!;
        Assert.Equal("POST_CUSTODY", postCustody.Id);
        Assert.Single(postCustody.Filters);
        Assert.Empty(F2019.FindPrompt("2.2.3.c")!.Condition!.Filters);
        Assert.Equal("implied", F2019.FindPrompt("2.2.3.c")!.Condition!.Basis);
    }

    [Fact]
    public void Question_index_lists_every_item_answered_per_case_once()
    {
        Assert.Equal(18 + 76, F2019.Questions.Count);
        Assert.Equal(19, F2018.Questions.Count);
        Assert.Null(F2019.Questions.Find("4.1.3"));
        Assert.Null(F2019.Questions.Find("1.1.1"));
        Assert.Equal(Enumerable.Range(0, F2019.Questions.Count), F2019.Questions.Items.Select(i => i.Index));
    }
}
