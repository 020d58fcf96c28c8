using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>Typed column reads that behave the same on both databases (SQLite keeps dates, booleans and decimals as text or integers).</summary>
internal static class ReaderExtensions
{
    public static string? Text(this DbDataReader row, string column) => row[column] is string s ? s : null;

    public static string Required(this DbDataReader row, string column) => (string)row[column];

    public static int? Int(this DbDataReader row, string column) => row[column] is DBNull ? null : Convert.ToInt32(row[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long? Long(this DbDataReader row, string column) => row[column] is DBNull ? null : Convert.ToInt64(row[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long Id(this DbDataReader row, string column) => Convert.ToInt64(row[column], System.Globalization.CultureInfo.InvariantCulture);

    public static bool? Bool(this DbDataReader row, string column) => row[column] is DBNull ? null : Convert.ToBoolean(row[column], System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? Decimal(this DbDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetDecimal(i);
    }

    public static DateOnly? Date(this DbDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetFieldValue<DateOnly>(i);
    }

    public static DateTimeOffset? Timestamp(this DbDataReader row, string column)
    {
        var i = row.GetOrdinal(column);
        return row.IsDBNull(i) ? null : row.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();
    }

    public static byte[] Bytes(this DbDataReader row, string column) => (byte[])row[column];
}
