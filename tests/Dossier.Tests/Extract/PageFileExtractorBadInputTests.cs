using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Dossier.Extract;

namespace Dossier.Tests.Extract;

/// <summary>
/// What `dossier extract` does with files that are not clean UTF-8 article pages: each gets a
/// result or a per-file error with a reason, never an exception.
/// </summary>
public sealed class PageFileExtractorBadInputTests : IDisposable
{
    private const string Article =
        "<p>The council approved the new bridge on Tuesday, after a debate that lasted, by most accounts, far longer than anyone expected.</p>" +
        "<p>Engineers said the café by the river would stay open, while the old crossing, built in 1898, is taken down piece by piece.</p>";

    private readonly string _dir = Directory.CreateTempSubdirectory("dossier-extract-").FullName;

    static PageFileExtractorBadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private PageFileResult Run(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return PageFileExtractor.Extract(path, new HtmlExtractor());
    }

    private static string Page(string head, string body) => $"<html><head>{head}<title>Bridge</title></head><body><article>{body}</article></body></html>";

    [Fact]
    public void Should_Decode_Windows_1252_Without_A_Declared_Charset()
    {
        var r = Run("latin.html", Encoding.GetEncoding(1252).GetBytes(Page("", Article)));
        Assert.Contains("the café by the river", r.Page!.Text);
    }

    [Fact]
    public void Should_Decode_Utf8_Even_When_The_Page_Declares_Another_Charset()
    {
        var r = Run("wrong.html", Encoding.UTF8.GetBytes(Page("<meta charset=\"iso-8859-1\">", Article)));
        Assert.Contains("the café by the river", r.Page!.Text);
    }

    [Fact]
    public void Should_Use_An_Http_Equiv_Charset_And_A_Byte_Order_Mark()
    {
        var declared = Run("equiv.html", Encoding.GetEncoding("iso-8859-1").GetBytes(
            Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", Article)));
        Assert.Contains("the café by the river", declared.Page!.Text);
        var utf16 = Run("bom.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Page("", Article))]);
        Assert.Contains("the café by the river", utf16.Page!.Text);
    }

    [Fact]
    public void Should_Keep_The_Article_When_Windows_1252_Bytes_Sit_In_A_Page_Declared_Utf8()
    {
        // Not valid UTF-8 despite the declaration: read as the Windows-1252 it really is, so "café" survives.
        var r = Run("mixed.html", Encoding.GetEncoding(1252).GetBytes(Page("<meta charset=\"utf-8\">", Article)));
        Assert.Null(r.Error);
        Assert.Contains("the café by the river would stay open", r.Page!.Text);
        Assert.Contains("built in 1898", r.Page.Text);
    }

    [Fact]
    public void Should_Report_A_Truncated_Gzip()
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(Page("", string.Concat(Enumerable.Repeat(Article, 50)))));
        var r = Run("cut.html.gz", buffer.ToArray()[..(int)(buffer.Length / 2)]);
        Assert.Null(r.Page);
        Assert.Contains("gzip", r.Error);
    }

    [Fact]
    public void Should_Report_Nul_Bytes_Binary_And_Empty_Files()
    {
        Assert.Contains("binary", Run("nul.html", [.. Encoding.UTF8.GetBytes("<html><body><p>Text"), 0, 0, .. Encoding.UTF8.GetBytes("more</p>")]).Error);
        Assert.Contains("binary", Run("image.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).Error);
        Assert.Contains("empty", Run("empty.html", []).Error);
    }

    [Fact]
    public void Should_Report_Plain_Text_Where_Html_Was_Expected()
    {
        var r = Run("notes.html", Encoding.UTF8.GetBytes("Just some notes, no markup at all.\nA second line, still no tags.\n"));
        Assert.Equal(PageFileExtractor.NotHtmlError, r.Error);
    }

    [Theory]
    [InlineData("index.html", HtmlExtractor.LinkPageError, "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><ul>"
        + "<li><a href='/a'>Bridge approved after long debate</a></li><li><a href='/b'>Council elections next month</a></li>"
        + "<li><a href='/c'>River festival returns this summer</a></li><li><a href='/d'>Schools to reopen on Monday</a></li></ul></body></html>")]
    [InlineData("404.html", HtmlExtractor.NotFoundError, "<html><head><title>Page not found</title></head><body><h1>404</h1><p>Page not found.</p>"
        + "<p><a href='/'>Back to the home page</a></p></body></html>")]
    public void Should_Report_Pages_Without_An_Article_And_Invent_No_Body(string name, string error, string html)
    {
        var r = Run(name, Encoding.UTF8.GetBytes(html));
        Assert.Null(r.Page?.Text);
        Assert.Equal(error, r.Error);
    }

    [Fact]
    public void Should_Survive_100000_Nested_Tags_And_Keep_The_Text()
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append(Article);
        var r = Run("deep.html", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.Contains("built in 1898", r.Page!.Text);
    }

    [Fact]
    public void Should_Keep_The_Whole_Article_Of_A_50_MB_Page()
    {
        const int paragraphs = 320_000;
        var sb = new StringBuilder(52_000_000).Append("<html><head><title>Long</title></head><body><nav><a href='/'>Home</a></nav><article>");
        for (var i = 0; i < paragraphs; i++)
            sb.Append("<p>Paragraph ").Append(i).Append(" of the record, kept in full, with commas, so that it reads as prose and counts as such, and some more words after it to fill the line.</p>");
        sb.Append("<p>The last paragraph, which must survive.</p></article></body></html>");
        var clock = Stopwatch.StartNew();
        var r = Run("huge.html", Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(sb.Length > 40_000_000);
        Assert.Contains("Paragraph 0 of the record", r.Page!.Text);
        Assert.Contains("Paragraph 319999 of the record", r.Page.Text);
        Assert.EndsWith("The last paragraph, which must survive.", r.Page.Text);
        Assert.True(clock.Elapsed.TotalSeconds < 60, $"took {clock.Elapsed}");
    }
}
