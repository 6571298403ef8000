namespace Dossier.Entities;

/// <summary>Rule names recorded on each <see cref="Mention"/> as its provenance.</summary>
internal static class Rules
{
    public const string Role = "role";
    public const string Gazetteer = "gazetteer";
    public const string GazetteerPhrase = "gazetteer-phrase";
    public const string Title = "title";
    public const string OrgKeyword = "org-keyword";
    public const string OrgBare = "org-bare";
    public const string LocationKeyword = "loc-keyword";
    public const string MiscKeyword = "misc-keyword";
    public const string CuePerson = "cue-person";
    public const string CueOrganization = "cue-org";
    public const string CueLocation = "cue-loc";
    public const string CapMulti = "cap-multi";
    public const string Acronym = "acronym";
    public const string SpeechVerb = "speech-verb";
    public const string SurnameShape = "surname-shape";
    public const string CapSingle = "cap-single";
    public const string SurnameInArticle = "surname-in-article";
    public const string SameNameInArticle = "same-name-in-article";
}
