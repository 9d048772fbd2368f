using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Permanence.Data;
using Permanence.Data.Scoping;

namespace Permanence.Web.Tests.Data;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=model_check")]
    public void Model_HasAMigrationForEveryChange_OnEachProvider(DatabaseProvider provider, string connection)
    {
        using var db = new PermanenceDbContext(new DatabaseOptions(provider, connection).BuildOptions(), new SystemDataScope(), new FakeTimeProvider());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changed without a {provider} migration: run dotnet ef migrations add for src/Permanence.Data.Migrations.{provider}."
        );
    }

    [Fact]
    public void EveryPersonalRecord_CarriesItsOwningOrganisation_AndIsFiltered()
    {
        using var db = new PermanenceDbContext(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=:memory:").BuildOptions(), new SystemDataScope(), new FakeTimeProvider());
        var personal = db.Model.GetEntityTypes().Where(t => typeof(Permanence.Data.Model.IPersonalRecord).IsAssignableFrom(t.ClrType)).ToList();
        Assert.NotEmpty(personal);
        Assert.All(personal, t =>
        {
            Assert.NotNull(t.FindProperty("OwningOrganisationId"));
            Assert.NotEmpty(t.GetDeclaredQueryFilters());
        });
    }
}
