/// The document's `info` object: what the API is called and which version of it this is.
public struct Info: Sendable, Hashable {
    public var title: String
    public var version: String
}
