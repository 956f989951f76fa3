import Foundation

extension Response {
    /// The documented media type a received `Content-Type` essence falls under: an exact
    /// name first, then `type/*`, then `*/*`; nil when none covers it.
    public func content(for mediaType: String) -> MediaType? {
        let received = mediaType.lowercased()
        let type = received.split(separator: "/").first.map(String.init) ?? received
        var byRange: MediaType?
        var byAny: MediaType?
        for entry in content {
            let name = entry.essence
            if name == received { return entry }
            if name == "\(type)/*", byRange == nil { byRange = entry }
            if name == "*/*", byAny == nil { byAny = entry }
        }
        return byRange ?? byAny
    }
}
