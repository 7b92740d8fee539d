namespace OrleansBroker.Storage.Tests;

/// <summary>One request a blob client sent.</summary>
/// <param name="Method">The HTTP method: PUT, GET, HEAD, DELETE.</param>
/// <param name="Name">The last part of the URL path: a segment file's name, or the container's.</param>
/// <param name="Operation">The <c>comp</c> query parameter (appendblock, list, ...), else <c>restype</c> (container), else empty.</param>
/// <param name="Bytes">Bytes of the request body.</param>
public readonly record struct StorageRequest(string Method, string Name, string Operation, long Bytes);
