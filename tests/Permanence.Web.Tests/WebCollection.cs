using Permanence.TestCommon;

namespace Permanence.Web.Tests;

/// <summary>One running application and database for every web test (seeding is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<PermanenceFactory>
{
    public const string Name = "web";
}
