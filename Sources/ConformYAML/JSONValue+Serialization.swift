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
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(to: &output, style: style, depth: 0)
        if style == .canonical { output.append(UInt8(ascii: "\n")) }
        return String(decoding: output, as: UTF8.self)
    }

    /// The compact serialization as UTF-8 bytes.
    public var compactBytes: [UInt8] {
        var output: [UInt8] = []
        write(to: &output, style: .compact, depth: 0)
        return output
    }

    private func write(to output: inout [UInt8], style: JSONStyle, depth: Int) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            output.append(contentsOf: (number.isFinite ? number.description : "null").utf8)
        case .string(let string):
            JSONValue.writeString(string, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.newline(&output, style: style, depth: depth + 1)
                element.write(to: &output, style: style, depth: depth + 1)
            }
            JSONValue.newline(&output, style: style, depth: depth)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            let keys = style == .canonical ? object.keys.sorted(by: JSONValue.codePointOrder) : object.keys
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.newline(&output, style: style, depth: depth + 1)
                JSONValue.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if style == .canonical { output.append(UInt8(ascii: " ")) }
                object[key]!.write(to: &output, style: style, depth: depth + 1)
            }
            JSONValue.newline(&output, style: style, depth: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Sorting by Unicode scalars, so the order does not depend on the platform's collation.
    static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars)
    }

    private static func newline(_ output: inout [UInt8], style: JSONStyle, depth: Int) {
        guard style == .canonical else { return }
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a JSON string literal; only `"`, `\` and control characters are escaped.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
