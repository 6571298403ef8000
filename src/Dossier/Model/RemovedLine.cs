namespace Dossier.Model;

/// <summary>A line cut from an article as boilerplate, with the rule that cut it.</summary>
public sealed record RemovedLine(string Text, string Rule);
