using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dossier.Extract;

/// <summary>
/// The extractor's heuristic vocabularies, kept as data in one place so they can be tuned without
/// touching the algorithm: which tags never hold article text, which class/id words mark boilerplate
/// or content, which short lines are page furniture, and where pages keep their metadata.
/// </summary>
internal static partial class ExtractionPatterns
{
    /// <summary>Elements that never carry article prose; removed before anything is scored.</summary>
    public static readonly FrozenSet<string> RemovedTags = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea",
        "canvas", "object", "embed", "video", "audio", "map", "dialog", "menu", "nav", "aside", "footer", "link",
        "figcaption",
    ]);

    /// <summary>
    /// Elements that are usually furniture (page header, forms, image figures) but that some sites wrap
    /// around the whole article (ASP.NET pages put everything in one form); removed only when they hold little prose.
    /// </summary>
    public static readonly FrozenSet<string> ConditionalTags = FrozenSet.ToFrozenSet(["header", "form", "figure"]);

    /// <summary>Elements that end a paragraph when the body is turned into text.</summary>
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "br", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]);

    /// <summary>Schema.org types (JSON-LD @type) that describe the article itself.</summary>
    public static readonly FrozenSet<string> ArticleTypes = FrozenSet.ToFrozenSet(
    [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting",
        "ScholarlyArticle", "TechArticle", "Report", "Review",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Schema.org types whose fields (name, url, date) describe something other than the article.</summary>
    public static readonly FrozenSet<string> NonArticleTypes = FrozenSet.ToFrozenSet(
    [
        "WebSite", "Organization", "NewsMediaOrganization", "Corporation", "Person", "ImageObject", "VideoObject",
        "BreadcrumbList", "ListItem", "SiteNavigationElement", "SearchAction", "Place", "Product", "Offer", "Event",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Meta tags (name, property or itemprop) giving the publication date, most trusted first.</summary>
    public static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "article:published", "datePublished", "article.published",
        "published_time", "publish-date", "publishdate", "pubdate", "date", "DC.date.issued", "DC.date",
        "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "dc.date", "article_date_original",
        "original-publish-date", "cXenseParse:recs:publishtime", "og:published_time", "pdate", "dateCreated",
    ];

    /// <summary>Meta tags giving the author, most trusted first.</summary>
    public static readonly string[] AuthorMetaNames =
        ["author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator", "DC.creator", "dcterms.creator"];

    /// <summary>
    /// Class/id words of boilerplate blocks. Matched against each class token and the id separately, so
    /// "article-body related-enabled" is judged token by token rather than as one string. Short words
    /// (ad, nav, tags) must stand alone between separators so "load", "canvas" or "stage" do not match.
    /// </summary>
    [GeneratedRegex(
        @"comment|disqus|sharing|social|related|recommend|newsletter|promo|advert|sidebar|footer|breadcrumb|caption|"
        + @"subscri|cookie|consent|gdpr|popup|pop-up|modal|overlay|author-?bio|about-?the-?author|author-?info|"
        + @"masthead|navigation|navbar|pagination|outbrain|taboola|trending|most-?popular|more-?stories|"
        + @"read-?more|recirc|widget|sponsor|signup|sign-up|login|signin|toolbar|skip-?link|sr-only|"
        + @"visually-?hidden|screen-?reader|pull-?quote|pullquote|tooltip|shoutbox|skyscraper|gallery|slideshow|"
        + @"carousel|enlarge|print-?only|donate|jump-?link|topic-?list|"
        + @"(?:^|[-_])(?:ad|ads|adv|dfp|gpt|nav|menu|tags?|bio|meta|print|hidden|hide|credit|credits|byline|dateline|"
        + @"share|share-?bar|rss|extra|inline-?ad|more|next|prev|popular|keywords|headline|header|timestamp|date|"
        + @"image|img|photo|pic|figure|author|pager|banner|player|follow|survey|rating|reactions)(?:[-_]|\d|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    /// <summary>
    /// Class/id words of blocks about other pages (teasers, related lists, comments): a byline or date
    /// inside them belongs to another article.
    /// </summary>
    [GeneratedRegex(@"related|sidebar|recommend|trending|popular|promo|comment|footer|widget|teaser|more-?stories|recirc|outbrain|taboola|right-?rail|side-?rail",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex OtherStories();

    /// <summary>Class/id words of a comment thread.</summary>
    [GeneratedRegex(@"comment|disqus|discussion|replies|respond", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Comments();

    /// <summary>Class/id words of article containers; they raise a container's score.</summary>
    [GeneratedRegex(
        @"article|body|content|entry|post|story|text|blog|main|page-?content|hentry|prose|rich-?text|paragraph",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Positive();

    /// <summary>Class/id words of the byline element.</summary>
    [GeneratedRegex(@"byline|author|writer|contributor|reporter", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylineClass();

    /// <summary>Class/id words of an element holding the publication date.</summary>
    [GeneratedRegex(@"publish|pubdate|post-?date|posted-?on|date-?posted|entry-?date|article-?date|story-?date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PublishedName();

    /// <summary>Class/id words of an element that may show a date (trusted only near the headline).</summary>
    [GeneratedRegex(@"date|time|posted|byline|dateline", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex DateName();

    /// <summary>Dates that are not the publication date: updates, "today" in the masthead, comments.</summary>
    [GeneratedRegex(@"modif|update|today|current|comment|copyright|footer|header-?date|weather", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NotPublishedName();

    /// <summary>Short whole paragraphs that are page furniture, not prose.</summary>
    [GeneratedRegex(
        @"^(?:advertisement|advertising|advert|ad|text size|follow (us|him|her|them|@?[\w .]{1,40}) on (twitter|facebook|instagram|linkedin).*|"
        + @"write to [\w .-]+ at \S+@\S+|\(?(image|photo|picture) (credit|source):.*|this post may contain affiliate.*|\[\w+[^\]]*\].*\[/\w+\]|more (great )?[\w ]{0,30} stories|don'?t miss|tell us what you think.*|like this (story|article)\?.*|"
        + @"\(?(?:leggi anche|read also|see also|lesen sie auch|lire aussi|leia tamb[ée]m|lea tambi[ée]n)\b.*|sponsored( content)?|read more|read more:.*|continue reading.*|share this( article| story)?|"
        + @"share|tweet|email|print|comments?|\d+ comments?|show comments|leave a comment|sign up.*|subscribe.*|"
        + @"click here.*|follow us.*|related:?.*|related (articles|stories|coverage)|most (read|popular|viewed)|"
        + @"story continues below.*|article continues below.*|skip (to|this) .*|image:?|photo:?|video:?|image copyright.*|"
        + @"getty images|play video|watch:.*|you (may|might) (also )?like.*|join the (conversation|discussion).*|sharing is caring.*|\d* ?shares?|"
        + @"previous (post|article)|next (post|article)|listen to (this|the) (article|story).*|recommended( stories)?|"
        + @"(this|the) (article|story) (is|was) (continued|updated).*|back to top|loading\.*|more from .*|"
        + @"we'?re sorry.*|all rights reserved.*|copyright .*|©.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BoilerplateLine();

    /// <summary>Wire-service credit lines closing a story: "(Reporting by …; Editing by …)".</summary>
    [GeneratedRegex(@"^\(?(?:reporting|writing|additional reporting|editing|compiled|written) by\b.*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditLine();

    /// <summary>"By Jane Doe and John Roe" at the start of a byline text.</summary>
    [GeneratedRegex(@"^\s*by[:\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BylinePrefix();

    /// <summary>Separators between a headline and the site name in a &lt;title&gt;.</summary>
    [GeneratedRegex(@"\s+(?:\||-|–|—|::|·|•|»)\s+", RegexOptions.CultureInvariant)]
    public static partial Regex TitleSeparator();

    /// <summary>CSS that hides an element.</summary>
    /// <summary>Titles of error pages.</summary>
    [GeneratedRegex(@"\b404\b|\bnot found\b|\bpage (?:does not|doesn't|no longer) exists?\b|\bcould not be found\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NotFoundTitle();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HiddenStyle();

    /// <summary>The charset a page declares in its first bytes (meta charset or http-equiv content-type).</summary>
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MetaCharset();
}
