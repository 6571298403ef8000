using System.IO.Compression;
using System.Text;
using Dossier.Ingest;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Ingest;

public class DocumentReaderTests
{
    private static IngestResult Read(string name, byte[] bytes) => DocumentReader.Read(name, bytes);

    private static byte[] Gzip(string s)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal)) gz.Write(Encoding.UTF8.GetBytes(s));
        return ms.ToArray();
    }

    [Theory]
    [InlineData(DossierError.Empty, new byte[0])]
    [InlineData(DossierError.Binary, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00 })]
    [InlineData(DossierError.Undecodable, new byte[] { 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B })]
    public void Should_Reject_Bad_Files_With_A_Coded_Reason(string code, byte[] bytes)
    {
        var r = Read("x.txt", bytes);
        Assert.Empty(r.Documents);
        Assert.Equal(code, Assert.Single(r.Rejected).Code);
    }

    [Fact]
    public void Should_Reject_Truncated_Gzip_And_Read_A_Whole_One()
    {
        var gz = Gzip("<html><body><p>" + new string('x', 4000) + "</p></body></html>");
        Assert.Equal(DossierError.TruncatedGzip, Read("p.html.gz", gz[..(gz.Length / 2)]).Rejected.Single().Code);
        Assert.Equal(InputFormat.Html, Read("p.html.gz", gz).Documents.Single().Format);
    }

    [Fact]
    public void Should_Detect_Format_By_Content_Not_Only_Extension()
    {
        Assert.Equal(InputFormat.Html, Read("page.txt", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>x</body></html>")).Documents.Single().Format);
        Assert.Equal(InputFormat.Sgml, Read("APW1", Encoding.UTF8.GetBytes("<DOC>\n<DOCNO> X </DOCNO>\n<TEXT>\n<P>Hello there.</P>\n</TEXT>\n</DOC>")).Documents.Single().Format);
        Assert.Equal(InputFormat.Text, Read("a.html", Encoding.UTF8.GetBytes("Just words in a file.")).Documents.Single().Format);
    }

    [Fact]
    public void Should_Decode_Latin1_Text_And_Utf16_With_Bom()
    {
        Assert.Contains("café", Read("a.txt", Encoding.Latin1.GetBytes("Le café est ouvert.")).Documents.Single().Content);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hello UTF-16.")).ToArray();
        Assert.Equal("Hello UTF-16.", Read("b.txt", utf16).Documents.Single().Content);
    }

    [Fact]
    public void Should_Read_Trec_Sgml_With_Several_Docs()
    {
        var sgml = """
            <DOC>
            <DOCNO> APW19990707.0181 </DOCNO>
            <DATE_TIME> 1999-07-07 08:30:27 </DATE_TIME>
            <BODY>
            <HEADLINE> Clinton Focuses on American Indians </HEADLINE>
            <TEXT>
            <P>
            	PINE RIDGE, S.D. (AP) -- President Clinton turned the attention
            of his national poverty tour today.
            </P>
            <P> Second paragraph here. </P>
            </TEXT>
            </BODY>
            </DOC>
            <DOC>
            <DOCNO> NYT19990708.0002 </DOCNO>
            <DATE> 19990708 </DATE>
            <TEXT> Other text. </TEXT>
            </DOC>
            """;
        var docs = Read("d", Encoding.UTF8.GetBytes(sgml)).Documents;
        Assert.Equal(2, docs.Length);
        Assert.Equal("Clinton Focuses on American Indians", docs[0].Title);
        Assert.Equal("1999-07-07T08:30", docs[0].Published?.ToIso());
        Assert.Equal("PINE RIDGE, S.D. (AP) -- President Clinton turned the attention of his national poverty tour today.\n\nSecond paragraph here.", docs[0].Content);
        Assert.Equal("1999-07-08", docs[1].Published?.ToIso());
    }

    [Fact]
    public void Should_Drop_The_Times_Typesetting_Codes_From_Wire_Text()
    {
        var sgml = "<DOC>\n<DOCNO> NYT19980822.0098 </DOCNO>\n<TEXT>\n<P>\n``We will save money,'' he said. &QL;\n</P>\n<P>\nProcter &AMP; Gamble&HT;agreed. &UR;\n</P>\n</TEXT>\n</DOC>";
        var doc = Read("n", Encoding.UTF8.GetBytes(sgml)).Documents.Single();
        Assert.Equal("``We will save money,'' he said.\n\nProcter & Gamble agreed.", doc.Content);
    }

    [Fact]
    public void Should_Read_Json_Lines_And_Reject_Only_The_Bad_Line()
    {
        var jsonl = """
            {"id": "1", "text": "First article text.", "source": "Reuters", "title": "One", "published": "2015-07-23T14:41:00Z"}
            {not json
            {"html": "<html><body><p>Second.</p></body></html>", "url": "http://x/2"}
            {"title": "no body"}
            """;
        var r = Read("a.jsonl", Encoding.UTF8.GetBytes(jsonl));
        Assert.Equal(2, r.Documents.Length);
        Assert.Equal("Reuters", r.Documents[0].Source);
        Assert.Equal("2015-07-23T14:41", r.Documents[0].Published?.ToIso());
        Assert.Equal(InputFormat.Html, r.Documents[1].Format);
        Assert.Equal(["a.jsonl:2", "a.jsonl:4"], r.Rejected.Select(x => x.Path));
    }
}
