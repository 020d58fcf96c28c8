using Probity.Core.Analysis;
using Probity.Core.Datasets;
using Probity.Core.Frameworks;

namespace Probity.Core.Tests.Datasets;

public class ProviderKeyDataTests
{
    [Fact]
    public void Each_template_has_the_printed_labels_columns_units_and_source_of_the_Northumbria_table()
    {
        var supplied = Northumbria.Parse().Dataset!.Manifest.KeyData;

        Assert.Equal(["kd-1.2-staffing", "kd-1.3-services", "kd-4.1-unpaid-work"], ProviderKeyData.For("hmip-crc-2019").Select(t => t.Table.Id));
        foreach (var template in ProviderKeyData.All)
        {
            var printed = supplied.Single(t => t.Id == template.Table.Id);
            var empty = template.Table;
            Assert.Equal((printed.Standard, printed.PlacedUnder, printed.Title, printed.Source), (empty.Standard, empty.PlacedUnder, empty.Title, empty.Source));
            Assert.Equal(printed.Columns, empty.Columns);
            Assert.Equal(printed.Rows.Select(r => (r.Label, r.Unit)), empty.Rows.Select(r => (r.Label, r.Unit)));
            Assert.All(empty.Rows, r => Assert.Equal((empty.Columns.Count, empty.Columns.Count), (r.Values.Count(v => v is null), r.ValueText.Count(t => t is null))));
        }
    }

    [Fact]
    public void Round_one_and_other_frameworks_have_no_templates()
    {
        Assert.Empty(ProviderKeyData.For("hmip-crc-2018"));
        Assert.Empty(ProviderKeyData.For("hmip-pdu-2021"));
        Assert.Null(ProviderKeyData.Find("hmip-crc-2018", "kd-1.2-staffing"));
        Assert.Equal("Unpaid work key data", ProviderKeyData.Find("hmip-crc-2019", "kd-4.1-unpaid-work")!.Name);
    }

    [Fact]
    public void The_comparator_pools_every_version_of_the_frameworks_provider_type()
    {
        var typed = new AnalysisScope { Framework = "hmip-crc-2019", Year = new ProgrammeYear(2018) };

        var pool = NationalComparator.Pool(FrameworkCatalog.Get("hmip-crc-2019"), typed);

        Assert.Equal(typed with { Framework = null, ProviderType = ProviderType.CRC }, pool);
        Assert.Equal(ProviderType.PDU, NationalComparator.Pool(FrameworkCatalog.Get("hmip-crc-2019"), typed with { ProviderType = ProviderType.PDU }).ProviderType);
    }
}
