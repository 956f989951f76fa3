/// Where the files of a ``DocumentSet`` come from: the bytes of a path or URL.
///
/// ConformCore reads nothing itself. The runner reads files from disk, the command line
/// fetches URLs, and tests read from memory (``InMemorySource``); a referenced file comes
/// through the same source as the root.
public protocol DocumentSource: Sendable {
    /// The bytes at `location`: a path (a referenced file's already resolved against the
    /// referencing file) or an http(s) URL. A failure is an `io.read` error without a position.
    func bytes(at location: String) throws(LoadError) -> [UInt8]
}
