using System.Collections.Frozen;
using Dossier.Text;

namespace Dossier.Summarize;

/// <summary>
/// The terms of a question that say what it is about. Topic statements are written as instructions to a summariser
/// ("Discuss …", "Include information on …", "Describe …"); those words describe the task, not the topic, and would
/// otherwise pull towards the rare article sentence that happens to use them.
/// </summary>
internal static class QueryTerms
{
    private static readonly FrozenSet<string> Instructions = new[]
    {
        "discuss", "describe", "include", "including", "information", "identify", "explain", "specify", "note",
        "give", "provide", "example", "examples", "detail", "details", "mention", "list", "tell", "summarize",
        "summarise", "report", "reported", "describe", "indicate", "kind", "kinds", "type", "types", "happened",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> Of(string query) =>
        SentenceUnit.Stems(Tokenizer.Tokenize(TextNormalizer.Normalize(query)).Where(t => !Instructions.Contains(t.Text)));
}
