using Microsoft.EntityFrameworkCore.Diagnostics;
using Permanence.Data.Model;

namespace Permanence.Data.Auditing;

/// <summary>
/// Notes every personal record the context loads, however it was queried, so that no page or
/// endpoint can forget to audit a read.
/// </summary>
public sealed class AuditReadInterceptor : IMaterializationInterceptor
{
    public static AuditReadInterceptor Instance { get; } = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is IPersonalRecord record && materializationData.Context is PermanenceDbContext context)
        {
            context.NoteRead(record);
        }

        return entity;
    }
}
