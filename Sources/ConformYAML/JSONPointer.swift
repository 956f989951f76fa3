import Foundation

/// An RFC 6901 JSON Pointer (`/paths/~1checkout/post`).
public struct JSONPointer: Sendable, Hashable, Comparable {
    /// The unescaped reference tokens.
    public var tokens: [String]

    /// The pointer to the whole document.
    public static let root = JSONPointer(tokens: [])

    /// A pointer from unescaped tokens.
    public init(tokens: [String]) { self.tokens = tokens }

    /// Parses `""`, `"/a/b"`, or a URI fragment `"#/a/b"` (percent-decoded). Nil when malformed.
    public init?(_ text: some StringProtocol) {
        var text = Substring(text)
        if text.hasPrefix("#") {
            text = text.dropFirst()
            guard let decoded = String(text).removingPercentEncodingIfPresent() else { return nil }
            text = Substring(decoded)
        }
        if text.isEmpty {
            tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        var result: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = JSONPointer.unescape(raw) else { return nil }
            result.append(token)
        }
        tokens = result
    }

    /// The pointer one level down.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens: tokens + [token])
    }

    /// The pointer one level down into an array.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// The pointer one level up (the root stays the root).
    public var parent: JSONPointer {
        JSONPointer(tokens: Array(tokens.dropLast()))
    }

    /// The last token, if any.
    public var last: String? { tokens.last }

    /// True when `self` is `other` or lies below it.
    public func hasPrefix(_ other: JSONPointer) -> Bool {
        tokens.starts(with: other.tokens)
    }

    /// The index an array token names (`0`, `12`; not `01` or `-1`).
    public static func arrayIndex(_ token: String) -> Int? {
        guard let first = token.utf8.first, first != UInt8(ascii: "0") || token.utf8.count == 1 else { return nil }
        guard token.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(token)
    }

    /// Escapes one token (`~` as `~0`, `/` as `~1`).
    public static func escape(_ token: String) -> String {
        // Byte-wise: with Foundation imported, `contains("~")` is a locale-aware substring search.
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private static func unescape(_ raw: Substring) -> String? {
        // Byte-wise, as in `escape`: references are parsed by the thousand when schemas compile.
        guard raw.utf8.contains(UInt8(ascii: "~")) else { return String(raw) }
        var result = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            if character == "~" {
                switch iterator.next() {
                case "0": result.append("~")
                case "1": result.append("/")
                default: return nil
                }
            } else {
                result.append(character)
            }
        }
        return result
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }
}

extension JSONPointer: CustomStringConvertible {
    /// The pointer as text (`/a/b`, the empty string for the root).
    public var description: String {
        tokens.map { "/" + JSONPointer.escape($0) }.joined()
    }
}

extension String {
    /// Percent-decoding that leaves text without `%` untouched; nil for broken escapes.
    fileprivate func removingPercentEncodingIfPresent() -> String? {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2,
                    let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
