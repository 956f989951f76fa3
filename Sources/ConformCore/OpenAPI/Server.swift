/// A `servers` entry, with its variables filled in from their defaults.
public struct Server: Sendable, Hashable {
    /// The URL template as written (`https://{account}.example.com/api`).
    public var template: String
    /// The URL with every `{variable}` replaced by its default.
    public var url: String

    /// The path part of the URL (`/api`), without a trailing slash; empty for none.
    ///
    /// A run against `--target URL` keeps this prefix and replaces scheme, host and port.
    public var pathPrefix: String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return "" }
            rest = rest[slash...]
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        return String(rest)
    }
}
