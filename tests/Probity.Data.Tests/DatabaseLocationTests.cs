namespace Probity.Data.Tests;

public sealed class DatabaseLocationTests
{
    [Fact]
    public void Without_settings_the_database_is_a_SQLite_file_in_a_probity_folder_of_local_application_data()
    {
        var location = DatabaseLocation.FromEnvironment(_ => null);
        var expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "probity", "probity.db");
        Assert.Equal(DatabaseKind.Sqlite, location.Kind);
        Assert.Equal($"SQLite database {expected}", location.Description);
    }

    [Fact]
    public void PROBITY_DATA_DIR_moves_the_SQLite_file_and_PROBITY_DATABASE_selects_PostgreSQL_without_showing_the_password()
    {
        var sqlite = DatabaseLocation.FromEnvironment(name => name == "PROBITY_DATA_DIR" ? "/srv/probity-data" : null);
        Assert.Equal("SQLite database /srv/probity-data/probity.db", sqlite.Description);

        var postgres = DatabaseLocation.FromEnvironment(name => name switch
        {
            "PROBITY_DATABASE" => "Host=db.example;Port=5433;Database=probity;Username=app;Password=s3cret",
            "PROBITY_DATA_DIR" => "/ignored",
            _ => null,
        });
        Assert.Equal(DatabaseKind.Postgres, postgres.Kind);
        Assert.Equal("PostgreSQL database probity on db.example:5433", postgres.Description);
        Assert.DoesNotContain("s3cret", postgres.ToString());
    }

    [Fact]
    public void A_PROBITY_DATABASE_that_is_not_a_connection_string_is_explained()
    {
        var e = Assert.Throws<StoreException>(() => DatabaseLocation.FromEnvironment(name => name == "PROBITY_DATABASE" ? "postgres://not=a;;valid=" : null));
        Assert.Contains("PROBITY_DATABASE is not a PostgreSQL connection string", e.Message);
    }
}
