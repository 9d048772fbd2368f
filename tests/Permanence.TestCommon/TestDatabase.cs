using Npgsql;
using Permanence.Data;

namespace Permanence.TestCommon;

/// <summary>
/// The database the tests run on: SQLite by default, or the real PostgreSQL server the test
/// command started when PERMANENCE_TEST_DATABASE=postgres (PERMANENCE_TEST_POSTGRES holds its
/// connection string). Each call makes a new, empty database.
/// </summary>
public static class TestDatabase
{
    public static DatabaseProvider Provider =>
        DatabaseOptions.ParseProvider(Environment.GetEnvironmentVariable("PERMANENCE_TEST_DATABASE"));

    public static DatabaseOptions CreateEmpty()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("PERMANENCE_TEST_POSTGRES")
                ?? throw new InvalidOperationException("PERMANENCE_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = $"permanence_test_{Guid.NewGuid():N}" };
            return new DatabaseOptions(DatabaseProvider.Postgres, builder.ConnectionString);
        }

        var path = Path.Combine(Path.GetTempPath(), $"permanence-test-{Guid.NewGuid():N}.db");
        return new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
    }
}
