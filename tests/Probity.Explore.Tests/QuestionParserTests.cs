using Probity.Explore.Questions;

namespace Probity.Explore.Tests;

public class QuestionParserTests
{
    private static readonly AttributeCatalog Catalog = new(["2018/19", "2019/20"], ["hmip-crc-2018", "hmip-crc-2019", "hmip-pdu-2021"],
        ["Synthetic North East CRC 001", "Synthetic PDU 002"], ["North East"], ["INS-1", "INS-2"]);

    [Fact]
    public void And_binds_tighter_than_or_and_not_tightest()
    {
        var filter = FilterParser.Parse("sex=female or rosh=high and not iom=yes");
        var or = Assert.IsType<OrSyntax>(filter);
        var sex = Assert.IsType<ConditionSyntax>(or.Left);
        Assert.Equal(("sex", Comparison.Equal, "female"), (sex.Attribute, sex.Comparison, Assert.Single(sex.Values)));
        var and = Assert.IsType<AndSyntax>(or.Right);
        Assert.IsType<NotSyntax>(and.Right);
    }

    [Fact]
    public void Parentheses_lists_quotes_and_comparisons_are_read()
    {
        var filter = FilterParser.Parse("(rosh in (high, very-high) OR sex != male) and provider = \"Synthetic PDU 002\" and year>=2019/20 and grade not in ('PO')");
        var and = Assert.IsType<AndSyntax>(filter);
        var grade = Assert.IsType<ConditionSyntax>(and.Right);
        Assert.Equal(("grade", Comparison.NotIn, "PO"), (grade.Attribute, grade.Comparison, Assert.Single(grade.Values)));
        var inner = Assert.IsType<AndSyntax>(and.Left);
        var year = Assert.IsType<ConditionSyntax>(inner.Right);
        Assert.Equal((Comparison.GreaterOrEqual, "2019/20"), (year.Comparison, Assert.Single(year.Values)));
        var rosh = Assert.IsType<ConditionSyntax>(Assert.IsType<OrSyntax>(Assert.IsType<AndSyntax>(inner.Left).Left).Left);
        Assert.Equal(["high", "very-high"], rosh.Values);
        var provider = Assert.IsType<ConditionSyntax>(Assert.IsType<AndSyntax>(inner.Left).Right);
        Assert.Equal("Synthetic PDU 002", Assert.Single(provider.Values));
    }

    [Fact]
    public void An_empty_filter_is_no_filter() => Assert.Null(FilterParser.Parse("  "));

    [Theory]
    [InlineData("sex=", "expected a value of sex")]
    [InlineData("sex female", "expected =, !=, in")]
    [InlineData("(sex=female", "expected \")\"")]
    [InlineData("sex in female", "expected \"(\"")]
    [InlineData("sex in (female", "expected \",\" or \")\"")]
    [InlineData("sex=female rosh=high", "expected \"and\", \"or\"")]
    [InlineData("provider='Synthetic", "no closing '")]
    [InlineData("and", "expected an attribute")]
    public void Bad_filters_say_what_was_expected(string where, string message) =>
        Assert.Contains(message, Assert.Throws<QuestionException>(() => FilterParser.Parse(where)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_question_binds_measure_filter_and_splits()
    {
        var q = QuestionBinder.Bind("2.1.3", "year=2019/20 and sex=female and rosh=high", "grade, da", Catalog);
        Assert.Equal("2.1.3", Assert.IsType<ItemMeasure>(q.Measure).ItemId);
        Assert.Equal(["ro-grade", "domestic-abuse"], q.Splits.Select(s => s.Key));
        Assert.False(q.Filter!.InspectionOnly);
    }

    [Fact]
    public void Not_equal_lets_through_cases_with_nothing_recorded()
    {
        var q = QuestionBinder.Bind("2.1.3", "sex != female", null, Catalog);
        var c = Assert.IsType<CodeCondition>(q.Filter);
        Assert.Equal([true, true, false], c.Matches);
    }

    [Fact]
    public void Year_comparisons_follow_the_years_order()
    {
        var c = Assert.IsType<CodeCondition>(QuestionBinder.Bind("2.1.3", "year < 2019/20", null, Catalog).Filter);
        Assert.Equal([false, true, false], c.Matches);
    }

    [Fact]
    public void A_need_is_a_measure_and_an_interview_question_too()
    {
        var need = Assert.IsType<CaseMeasure>(QuestionBinder.Bind("need_accommodation", null, null, Catalog).Measure);
        Assert.Equal((1, 2, 0), (need.YesCode, need.NoCode, need.NotApplicableCode));
        var delivered = Assert.IsType<CaseMeasure>(QuestionBinder.Bind("delivered-accommodation", "need-accommodation=yes", null, Catalog).Measure);
        Assert.Equal(3, delivered.NotApplicableCode);
        Assert.IsType<InterviewMeasure>(QuestionBinder.Bind("workload-manageable", "provider-type=CRC", "year", Catalog).Measure);
    }

    [Theory]
    [InlineData("2.1.3", "sx=female", null, "\"sx\" is not something a question can filter or split by; the attributes are year, provider-type")]
    [InlineData("2.1.3", "sex=fmale", null, "\"fmale\" is not a value of sex; the values are male, female")]
    [InlineData("2.1.3", "provider=Nowhere", null, "the values are \"Synthetic North East CRC 001\", \"Synthetic PDU 002\"")]
    [InlineData("2.1.3", "sex>female", null, "sex has no order")]
    [InlineData("2.1.3", "fieldwork>=2019/04/01", null, "is not a date")]
    [InlineData("2.1.3", null, "sex,rosh,iom", "at most 2")]
    [InlineData("2.1.3", null, "sex,sex", "twice")]
    [InlineData("2.1.3", null, "fieldwork", "is a date")]
    [InlineData("9.9.9", null, null, "\"9.9.9\" is not a measure")]
    [InlineData("rosh", null, null, "rosh cannot be a measure")]
    [InlineData("", null, null, "a question needs a measure")]
    [InlineData("workload-manageable", "sex=female", null, "takes filters on the inspection only")]
    [InlineData("workload-manageable", null, "rosh", "cannot be split by the case attribute rosh")]
    public void Bad_questions_say_what_to_change(string measure, string? where, string? by, string message) =>
        Assert.Contains(message, Assert.Throws<QuestionException>(() => QuestionBinder.Bind(measure, where, by, Catalog)).Message, StringComparison.Ordinal);
}
