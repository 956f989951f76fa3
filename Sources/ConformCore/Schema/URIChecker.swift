/// RFC 3986 syntax checks for the `uri` and `uri-reference` formats, on UTF-8 bytes.
enum URIChecker {
    private static let subDelims = Set("!$&'()*+,;=".utf8)

    private static func isUnreserved(_ c: UInt8) -> Bool {
        Format.isAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: "~")
    }

    /// True when every byte is allowed (`allowed` or unreserved or a `%HH` escape).
    private static func isEncoded(_ s: ArraySlice<UInt8>, extra: Set<UInt8>) -> Bool {
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == UInt8(ascii: "%") {
                guard i + 2 < s.endIndex, Format.isHex(s[i + 1]), Format.isHex(s[i + 2])
                else { return false }
                i += 3
                continue
            }
            guard isUnreserved(c) || subDelims.contains(c) || extra.contains(c) else { return false }
            i += 1
        }
        return true
    }

    private static let pcharExtra = Set(":@".utf8)
    private static let pathExtra = Set(":@/".utf8)
    private static let queryExtra = Set(":@/?".utf8)

    /// An absolute URI (`requireScheme`) or any URI reference.
    static func isURI(_ s: [UInt8], requireScheme: Bool) -> Bool {
        var rest = s[...]
        // Fragment and query.
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            guard isEncoded(rest[(hash + 1)...], extra: queryExtra) else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            guard isEncoded(rest[(question + 1)...], extra: queryExtra) else { return false }
            rest = rest[..<question]
        }
        // Scheme: letters first, then letters, digits, `+`, `-`, `.`, up to the first `:`
        // that comes before any `/`.
        var hasScheme = false
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")),
            !rest[..<colon].contains(UInt8(ascii: "/"))
        {
            let scheme = rest[..<colon]
            guard let first = scheme.first, (first >= 65 && first <= 90) || (first >= 97 && first <= 122),
                scheme.allSatisfy({
                    Format.isAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                        || $0 == UInt8(ascii: ".")
                })
            else { return false }
            hasScheme = true
            rest = rest[(colon + 1)...]
        }
        if requireScheme && !hasScheme { return false }
        if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            guard isAuthority(rest[..<end]) else { return false }
            rest = rest[end...]
        }
        return isEncoded(rest, extra: pathExtra)
    }

    private static func isAuthority(_ s: ArraySlice<UInt8>) -> Bool {
        var host = s
        if let at = host.lastIndex(of: UInt8(ascii: "@")) {
            guard isEncoded(host[..<at], extra: [UInt8(ascii: ":")]) else { return false }
            host = host[(at + 1)...]
        }
        if host.first == UInt8(ascii: "[") {
            guard let close = host.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = Array(host[(host.startIndex + 1)..<close])
            guard Format.isIPv6(literal) || literal.first == UInt8(ascii: "v") else { return false }
            host = host[(close + 1)...]
            if host.isEmpty { return true }
            guard host.first == UInt8(ascii: ":") else { return false }
            return host.dropFirst().allSatisfy { $0 >= 48 && $0 <= 57 }
        }
        if let colon = host.lastIndex(of: UInt8(ascii: ":")) {
            guard host[(colon + 1)...].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
            host = host[..<colon]
        }
        return isEncoded(host, extra: [])
    }
}
