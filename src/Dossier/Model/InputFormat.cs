namespace Dossier.Model;

/// <summary>How a document arrived; detected from content as well as the file extension.</summary>
public enum InputFormat
{
    Text,
    Html,
    Sgml,
    JsonLines,
}
