namespace Probity.Data.Sql;

/// <summary>
/// What the database has been asked to do: commands sent (each one round trip, pragmas and transaction statements
/// included), the SQL statements they ran, and how many of those had to be prepared anew rather than reused. Tests read
/// it to hold the number of statements a page costs; nothing in the app depends on it.
/// </summary>
internal sealed class StatementCounter
{
    private long _commands;
    private long _statements;
    private long _prepared;

    public long Commands => Interlocked.Read(ref _commands);
    public long Statements => Interlocked.Read(ref _statements);
    public long Prepared => Interlocked.Read(ref _prepared);

    public void Executed(int statements, bool prepared)
    {
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _statements, statements);
        if (prepared) Interlocked.Add(ref _prepared, statements);
    }

    /// <summary>The statements in a command's text: one per semicolon-separated part that is not blank.</summary>
    public static int StatementsIn(string sql) =>
        sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
}
