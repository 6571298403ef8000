using Dossier.Model;

namespace Dossier.Entities;

/// <summary>A mention before it is bound to its article: a span, a type, and the rule that found it.</summary>
internal sealed record Candidate(TextSpan Span, EntityType Type, string Rule, bool IsRole = false)
{
    /// <summary>Rules that type a name by default rather than by evidence; later passes may retype them.</summary>
    public bool IsWeak => Rule is Rules.CapSingle or Rules.Acronym;
}
