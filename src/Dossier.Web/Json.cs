using System.Text.Json.Nodes;

namespace Dossier.Web;

/// <summary>Small readers for the stored story documents, which are JSON written by Output/StoriesJson.</summary>
internal static class Json
{
    public static IReadOnlyList<string> Strings(JsonNode? array) =>
        array is JsonArray a ? [.. a.Select(x => (string?)x).OfType<string>()] : [];

    public static IEnumerable<JsonObject> Objects(JsonNode? array) =>
        array is JsonArray a ? a.OfType<JsonObject>() : [];

    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
