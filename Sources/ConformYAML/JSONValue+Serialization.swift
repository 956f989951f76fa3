/// How ``JSONValue/serialized(_:)`` lays out its text.
public enum JSONStyle: Sendable {
    /// One line, members in document order, no spaces: request bodies, curl lines.
    case compact
    /// Sorted keys, two-space indent, unescaped slashes, trailing newline: golden files, reports.
    case canonical
}

extension JSONValue {
    /// The value as JSON text. Non-finite numbers (only YAML can express them) become `null`.
    public func serialized(_ style: JSONStyle = .compact) -> String {
        var writer = JSONWriter(style: style)
        writer.value(self)
        return writer.finish()
    }

    /// The compact serialization as UTF-8 bytes.
    public var compactBytes: [UInt8] {
        var writer = JSONWriter(style: .compact)
        writer.value(self)
        return writer.bytes
    }

    /// Sorting by Unicode scalars, so the order does not depend on the platform's collation.
    static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }
}
