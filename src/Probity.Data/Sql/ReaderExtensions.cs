using System.Data.Common;

namespace Probity.Data.Sql;

/// <summary>Typed column reads that behave the same on both databases (SQLite keeps dates, booleans and decimals as text or integers).</summary>
internal static class ReaderExtensions
{
    public static string? Text(this DbDataReader r, string column) => r[column] is string s ? s : null;

    public static string Required(this DbDataReader r, string column) => (string)r[column];

    public static int? Int(this DbDataReader r, string column) => r[column] is DBNull ? null : Convert.ToInt32(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long? Long(this DbDataReader r, string column) => r[column] is DBNull ? null : Convert.ToInt64(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static long Id(this DbDataReader r, string column) => Convert.ToInt64(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static bool? Bool(this DbDataReader r, string column) => r[column] is DBNull ? null : Convert.ToBoolean(r[column], System.Globalization.CultureInfo.InvariantCulture);

    public static decimal? Decimal(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetDecimal(i);
    }

    public static DateOnly? Date(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
    }

    public static DateTimeOffset? Timestamp(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();
    }

    public static byte[] Bytes(this DbDataReader r, string column) => (byte[])r[column];
}
