using System.Text.Json;
using System.Text.Json.Serialization;

namespace Permanence.Ssda903.Commands;

internal static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
