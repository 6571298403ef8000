using System.Collections.Immutable;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>
/// The seam behind <see cref="EntityRecognizer"/>: anything that tags one article's tokens with mentions.
/// The rules (<see cref="RuleTagger"/>) are the first implementation; a statistical tagger trained on CoNLL-2003
/// is meant to replace them without callers noticing.
/// </summary>
internal interface IMentionTagger
{
    ImmutableArray<Mention> Tag(Article article, ImmutableArray<Token> tokens);
}
