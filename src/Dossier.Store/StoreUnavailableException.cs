namespace Dossier.Store;

/// <summary>The store could not be opened: a malformed URL, a server that does not answer, a refused login. The message says which, without the password.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
