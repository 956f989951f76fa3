/// Writes JSON text into a byte buffer as it goes, in one ``JSONStyle``'s layout.
///
/// ``JSONValue/serialized(_:)`` writes through it; so do reports written straight from their
/// data without building a ``JSONValue`` first (drift's JSON report lists tens of thousands of
/// places). A writer that names object members itself must name them in the style's order:
/// for `canonical`, sorted by Unicode scalars.
public struct JSONWriter {
    /// The text so far, UTF-8.
    public private(set) var bytes: [UInt8] = []
    public let style: JSONStyle
    /// The members written so far in each open object or array, outermost first.
    private var counts: [Int] = []
    /// True between a member's name and its value.
    private var afterKey = false

    public init(style: JSONStyle, capacity: Int = 256) {
        self.style = style
        bytes.reserveCapacity(capacity)
    }

    /// The text as a string, with the trailing newline of the `canonical` style.
    public mutating func finish() -> String {
        if style == .canonical { bytes.append(UInt8(ascii: "\n")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Containers

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        counts.append(0)
    }

    /// The name of the next member of the open object.
    public mutating func key(_ name: String) {
        beginMember()
        Self.writeString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if style == .canonical { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// A member whose value is a string.
    public mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    public mutating func endObject() {
        endContainer()
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        counts.append(0)
    }

    public mutating func endArray() {
        endContainer()
        bytes.append(UInt8(ascii: "]"))
    }

    // MARK: Values

    /// A whole value; the members of its objects in the style's order.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null:
            literal("null")
        case .bool(let flag):
            literal(flag ? "true" : "false")
        case .number(let number):
            self.number(number)
        case .string(let text):
            string(text)
        case .array(let elements):
            beginArray()
            for element in elements { self.value(element) }
            endArray()
        case .object(let object):
            beginObject()
            let keys = style == .canonical ? object.keys.sorted(by: JSONValue.codePointOrder) : object.keys
            for name in keys {
                key(name)
                self.value(object[name]!)
            }
            endObject()
        }
    }

    public mutating func string(_ text: String) {
        beginValue()
        Self.writeString(text, to: &bytes)
    }

    /// A number; non-finite ones (only YAML can express them) become `null`.
    public mutating func number(_ number: JSONNumber) {
        literal(number.isFinite ? number.description : "null")
    }

    public mutating func bool(_ flag: Bool) {
        literal(flag ? "true" : "false")
    }

    public mutating func null() {
        literal("null")
    }

    // MARK: Layout

    private mutating func literal(_ text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    /// Before a value: nothing after a member's name, else the separator of an array element.
    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else if !counts.isEmpty {
            beginMember()
        }
    }

    private mutating func beginMember() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline(depth: counts.count)
    }

    /// An empty container closes on the same line: `{}`, `[]`.
    private mutating func endContainer() {
        if counts.removeLast() > 0 { newline(depth: counts.count) }
    }

    private mutating func newline(depth: Int) {
        guard style == .canonical else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a JSON string literal; only `"`, `\` and control characters are escaped. Runs
    /// without them are copied whole.
    public static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                escape(byte, to: &output)
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        case 0x08: output.append(contentsOf: "\\b".utf8)
        case 0x0C: output.append(contentsOf: "\\f".utf8)
        default:
            output.append(contentsOf: "\\u00".utf8)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
