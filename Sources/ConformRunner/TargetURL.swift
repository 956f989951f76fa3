import ConformCore
import Foundation

/// Where requests go: the target's scheme, host and port, and the path prefix of the
/// operation's server (`/api`) unless the target names a path of its own.
public struct TargetURL: Sendable, Hashable {
    /// `http://127.0.0.1:8080`, no trailing slash.
    public var origin: String
    /// The target's own path (`/v2`), or empty to keep each operation's server prefix.
    public var path: String

    /// Parses `--target`; nil unless it is an absolute `http` or `https` URL with a host.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else { return nil }
        let bracketed = host.contains(":") ? "[\(host)]" : host
        origin = "\(scheme)://\(bracketed)" + (components.port.map { ":\($0)" } ?? "")
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.path = path
    }

    /// What comes between the origin and `operation`'s path: the target's path, else the
    /// prefix of the operation's server.
    func prefix(for operation: ConformCore.Operation) -> String {
        path.isEmpty ? (operation.servers.first?.pathPrefix ?? "") : path
    }

    /// The URL for `path` (already encoded) of `operation`, with `query` pairs (encoded).
    func url(for operation: ConformCore.Operation, path operationPath: String, query: [(name: String, value: String)]) -> String {
        var url = origin + prefix(for: operation) + operationPath
        if !query.isEmpty {
            url += "?" + query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        }
        return url
    }
}
