using Microsoft.EntityFrameworkCore;
using Permanence.Data.Journeys;
using Permanence.Data.Model.Children;
using Permanence.Domain.Children.Journey;
using Permanence.TestCommon;

namespace Permanence.Web.Tests.Data;

[Collection(WebCollection.Name)]
public class JourneyRecorderDatabaseTests(PermanenceFactory factory)
{
    [Fact]
    public async Task An_event_recorded_on_a_loaded_child_is_saved_as_a_new_row()
    {
        var today = DateOnly.FromDateTime(PermanenceFactory.Now.UtcDateTime);
        var id = await factory.AnyChildOfAsync(Demo.OwnLa);
        await using (var db = factory.SystemContext())
        {
            var child = await db.Children.Include(c => c.JourneyEvents).SingleAsync(c => c.Id == id);
            var result = JourneyRecorder.Record(child, new JourneyEvent(Guid.Empty, JourneyEventType.LegalPlanningMeeting, today), JourneyEventSource.Recorded, today);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            await db.SaveChangesAsync();
        }

        await using var check = factory.SystemContext();
        Assert.True(await check.ChildJourneyEvents.AnyAsync(e => e.ChildId == id && e.Type == JourneyEventType.LegalPlanningMeeting && e.Date == today));
    }
}
