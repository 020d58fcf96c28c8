using Probity.Core.Frameworks;
using Probity.Explore.Engine;

namespace Probity.Explore.Benchmarks;

/// <summary>
/// The fixed questions (issue 17's list), each as Probity is asked it and as an analyst would write it for DuckDB over one
/// row per answer joined to its case and inspection. Both sides return every cell; the check adds up the answers counted.
/// </summary>
internal static class Questions
{
    public sealed record Entry(string Name, Func<ExploreData, long> Probity, string Sql);

    private const string Join = "from answers a join cases c using (inspection_id, case_ordinal) join inspections i on i.id = a.inspection_id";

    public static readonly IReadOnlyList<Entry> All =
    [
        new("1 pooled per item", data =>
            FrameworkCatalog.Get("hmip-crc-2019").Questions.Items.Sum(item => Total(data, item.Id, "framework=hmip-crc-2019", null)),
            "select a.item, a.answer, count(*) from answers a join inspections i on i.id = a.inspection_id where i.framework = 'hmip-crc-2019' group by a.item, a.answer"),
        new("2 per inspection", data => Total(data, "2.1.3", "framework=hmip-crc-2019", "inspection"),
            "select a.inspection_id, a.answer, count(*) from answers a join inspections i on i.id = a.inspection_id where a.item = '2.1.3' and i.framework = 'hmip-crc-2019' group by all"),
        new("3 one split", data => Total(data, "2.2.1", "framework=hmip-pdu-2021", "rosh"),
            $"select c.rosh, a.answer, count(*) {Join} where a.item = '2.2.1' and i.framework = 'hmip-pdu-2021' group by all"),
        new("4 two splits", data => Total(data, "2.2.1", "framework=hmip-pdu-2021", "year,ro-grade"),
            $"select i.year, c.ro_grade, a.answer, count(*) {Join} where a.item = '2.2.1' and i.framework = 'hmip-pdu-2021' group by all"),
        new("5 case filter", data => Total(data, "2.1.3", "framework=hmip-crc-2019 and sex=female and rosh=high", "grade"),
            $"select c.ro_grade, a.answer, count(*) {Join} where a.item = '2.1.3' and i.framework = 'hmip-crc-2019' and c.sex = 'female' and c.rosh = 'high' group by all"),
        new("6 combined filter", data => Total(data, "2.2.1",
                "year in (2021/22, 2022/23) and ((sex=female and rosh in (high, very-high)) or (disposal=post-release and not iom=yes))", "domestic-abuse"),
            $"select c.domestic_abuse, a.answer, count(*) {Join} where a.item = '2.2.1' and i.year in ('2021/22', '2022/23') " +
            "and ((c.sex = 'female' and c.rosh in ('high', 'very-high')) or (c.disposal = 'post-release' and not (c.iom is not distinct from 'yes'))) group by all"),
        new("7 interview", data => Total(data, "workload-manageable", "provider-type in (CRC, PDU)", "year"),
            "select i.year, v.workload_manageable, count(*) from interviews v join inspections i on i.id = v.inspection_id " +
            "where i.provider_type in ('CRC', 'PDU') and v.workload_manageable is not null group by all"),
        new("8 need x delivered", data => Total(data, "delivered-accommodation", "need-accommodation=yes", "year"),
            "select i.year, c.delivered_accommodation, count(*) from cases c join inspections i on i.id = c.inspection_id " +
            "where c.need_accommodation = 'yes' and c.delivered_accommodation in ('yes', 'no', 'na') group by all"),
    ];

    /// <summary>Answers the question and adds up every cell's answers (yes + no + na), the same sum the SQL's counts give.</summary>
    private static long Total(ExploreData data, string measure, string? where, string? by) =>
        data.Answer(data.Ask(measure, where, by)).Cells.Sum(c => c.Cases);
}
