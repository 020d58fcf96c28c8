using Probity.Core.Analysis;
using Probity.Core.Datasets;

namespace Probity.Data.Analysis;

/// <summary>
/// An <see cref="AnalysisScope"/> as SQL: the ids of the inspections it admits, for <c>inspection_id in (…)</c>. Only
/// providers inspected in two or more years (<see cref="AnalysisScope.RevisitedOnly"/>) is left to Core, which needs the whole set.
/// Only published inspections are ever admitted: a draft's ratings stay inside its team until publication.
/// </summary>
internal sealed record ScopeSql(string Where, (string Name, object? Value)[] Parameters)
{
    public const string From = "from inspections i join providers p on p.id = i.provider_id left join providers g on g.id = p.region_id";

    public string Ids => $"select i.id {From} where {Where}";

    public static ScopeSql For(AnalysisScope scope)
    {
        var where = new List<string> { "i.status = @scope_published" };
        var parameters = new List<(string, object?)> { ("scope_published", InspectionStatus.Published.Token()) };
        if (scope.ProviderType is { } type)
        {
            where.Add("p.type = @scope_type");
            parameters.Add(("scope_type", type.ToString()));
        }
        if (scope.Framework is { } framework)
        {
            where.Add("i.framework = @scope_framework");
            parameters.Add(("scope_framework", framework));
        }
        if (scope.From is { } from)
        {
            where.Add("i.fieldwork_start >= @scope_from");
            parameters.Add(("scope_from", from));
        }
        if (scope.To is { } to)
        {
            where.Add("i.fieldwork_start <= @scope_to");
            parameters.Add(("scope_to", to));
        }
        if (scope.Year is { } year)
        {
            // The named year, else the April-to-March year of the fieldwork start (ProgrammeYear.For).
            where.Add("(i.programme_year = @scope_year or (i.programme_year is null and i.fieldwork_start >= @scope_year_first and i.fieldwork_start <= @scope_year_last))");
            parameters.AddRange([("scope_year", year.ToString()), ("scope_year_first", year.FirstDay), ("scope_year_last", year.LastDay)]);
        }
        return new ScopeSql(string.Join(" and ", where), [.. parameters]);
    }
}
