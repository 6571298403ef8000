namespace Dossier.Eval.Rouge;

/// <summary>The summary file formats ROUGE-1.5.5 reads (INPUT-FORMAT TYPE in its XML configuration).</summary>
public enum RougeInputFormat
{
    /// <summary>SEE HTML: one sentence a line, <c>&lt;a name="1"&gt;[1]&lt;/a&gt; &lt;a href="#1" id=1&gt;text&lt;/a&gt;</c>.</summary>
    See,
    /// <summary>One sentence per line, plain text.</summary>
    Spl,
    /// <summary>ISI: <c>&lt;S SNTNO="1"&gt;text&lt;/S&gt;</c> a line.</summary>
    Isi,
}
