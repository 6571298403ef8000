namespace Dossier.Output;

/// <summary>What a report is built from. One walker (<see cref="StoryReport"/>) drives both the Markdown and the HTML sink,
/// so the two reports always say the same thing.</summary>
internal interface IReportSink
{
    void Heading(int level, string text, string? anchor = null);
    void Paragraph(string text);
    void BeginList();
    /// <param name="text">the item itself</param>
    /// <param name="note">sources or other secondary text, shown quieter</param>
    /// <param name="lead">a short bold lead-in (a date, a speaker)</param>
    void Item(string text, string? note = null, string? lead = null);
    void EndList();
}
