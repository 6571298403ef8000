using System.IO.Compression;
using Dossier.Text.Learning;

namespace Dossier.Quotes.Learned;

/// <summary>The cue tagger, the role tagger and the content-edge rankers, saved together as Quotes/Models/quotes.bin.</summary>
internal sealed record QuoteModels(HashedPerceptron Cues, HashedPerceptron Roles, HashedPerceptron Starts, HashedPerceptron Ends)
{
    private const uint Magic = 0x33544F51; // "QOT3"
    public const string ResourceName = "Dossier.Quotes.Models.quotes.bin";

    private static readonly Lazy<QuoteModels?> Embedded = new(LoadEmbedded);

    /// <summary>The committed model, or null when the assembly carries none (the rule sieves then work alone).</summary>
    public static QuoteModels? Default => Embedded.Value;

    public void Save(Stream output, float minWeight)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli);
        w.Write(Magic);
        w.Write(HashedPerceptron.Bits);
        Cues.Write(w, minWeight);
        Roles.Write(w, minWeight);
        Starts.Write(w, minWeight);
        Ends.Write(w, minWeight);
    }

    public static QuoteModels Load(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Dossier quote model");
        if (r.ReadInt32() != HashedPerceptron.Bits) throw new InvalidDataException("quote model hashed with another table size");
        return new QuoteModels(HashedPerceptron.Read(r), HashedPerceptron.Read(r), HashedPerceptron.Read(r), HashedPerceptron.Read(r));
    }

    /// <summary>A model file other than the embedded one (cross-validation, experiments).</summary>
    public static QuoteModels FromFile(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static QuoteModels? LoadEmbedded()
    {
        using var stream = typeof(QuoteModels).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
