using System.Collections.Immutable;
using Dossier.Entities.Tagger;
using Dossier.Model;

namespace Dossier.Entities;

/// <summary>Finds person, organisation, place and other names (and roles that stand for a person) in one article.</summary>
public sealed class EntityRecognizer
{
    private readonly IMentionTagger _tagger;

    public EntityRecognizer() : this(new ModelTagger(NerModel.Default))
    {
    }

    internal EntityRecognizer(IMentionTagger tagger) => _tagger = tagger;

    /// <summary>Mentions in text order, each with its sentence, span, type and the rule that found it.</summary>
    public ImmutableArray<Mention> Recognize(Article article, ImmutableArray<Token> tokens) => _tagger.Tag(article, tokens);
}
