import ConformYAML

/// A value ``JSONTextWriter`` can write.
protocol JSONWritable {
    func write(to writer: inout JSONTextWriter)
}

/// Writes JSON straight into text, byte for byte as ``ReportJSON/encode(_:)`` writes it
/// (JSONEncoder: pretty-printed with two-space indents, keys sorted by code point, nil
/// members left out, slashes unescaped), without first building the whole document as a
/// tree: JSONEncoder's tree costs some 600 bytes a case entry, more than the run keeps of
/// the case itself. Its own layout rather than ConformYAML's ``JSONWriter`` styles, so that
/// report.json reads as it always has; strings are escaped by ``JSONWriter``.
struct JSONTextWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array: true while it has no member yet.
    private var empty: [Bool] = []

    /// The text of `value`, with a trailing newline.
    static func text(of value: some JSONWritable) -> String {
        var writer = JSONTextWriter()
        value.write(to: &writer)
        writer.bytes.append(0x0A)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// An object of `members`, written in key order; nil values are left out.
    mutating func object(_ members: KeyValuePairs<String, (any JSONWritable)?>) {
        open("{")
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            guard let value else { continue }
            member(key)
            value.write(to: &self)
        }
        close("}")
    }

    /// An object of a dictionary's entries, in key order.
    mutating func object(_ entries: [String: some JSONWritable]) {
        open("{")
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) {
            member(key)
            value.write(to: &self)
        }
        close("}")
    }

    mutating func array(_ elements: some Sequence<some JSONWritable>) {
        open("[")
        for element in elements {
            next()
            element.write(to: &self)
        }
        close("]")
    }

    /// A string, escaped as JSONEncoder escapes it (slashes left as they are).
    mutating func string(_ text: String) {
        JSONWriter.writeString(text, to: &bytes)
    }

    /// A number or a boolean, given as its `description`: JSONEncoder writes a whole double
    /// without its `.0`.
    mutating func literal(_ text: String) {
        bytes += text.hasSuffix(".0") ? Array(text.utf8.dropLast(2)) : Array(text.utf8)
    }

    private mutating func member(_ key: String) {
        next()
        string(key)
        bytes += Array(" : ".utf8)
    }

    /// Starts a member or an element on a line of its own.
    private mutating func next() {
        if empty[empty.count - 1] { empty[empty.count - 1] = false } else { bytes.append(0x2C) }
        newline()
    }

    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(bracket.value))
        empty.append(true)
    }

    private mutating func close(_ bracket: Unicode.Scalar) {
        // An empty object or array is written with an empty line inside.
        if empty.removeLast() { bytes.append(0x0A) }
        newline()
        bytes.append(UInt8(bracket.value))
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes += repeatElement(0x20, count: 2 * empty.count)
    }
}

extension String: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.string(self) }
}

extension Int: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.literal(description) }
}

extension UInt64: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.literal(description) }
}

extension Double: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.literal(description) }
}

extension Bool: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.literal(description) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.array(self) }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
    func write(to writer: inout JSONTextWriter) { writer.object(self) }
}
