extension JSONValue {
    /// The value as block-style YAML, the same for the same value on every run: members in
    /// their order, two-space indentation, and every string that YAML 1.1 or 1.2 could read
    /// as anything else (`NO`, `yes`, `010`, `1.10`, `null`, `200`) double-quoted.
    public var yaml: String {
        var text = ""
        JSONValue.writeBlock(self, indent: 0, inline: false, into: &text)
        return text
    }

    /// Writes `value` as lines at `indent`; with `inline`, the first line continues the
    /// current one (after `- `).
    private static func writeBlock(_ value: JSONValue, indent: Int, inline: Bool, into text: inout String) {
        let pad = String(repeating: " ", count: indent)
        var first = inline
        func startLine() {
            if !first { text += pad }
            first = false
        }
        switch value {
        case .object(let object) where !object.isEmpty:
            for (key, member) in object {
                startLine()
                text += YAMLScalar.string(key) + ":"
                if member.isNonEmptyContainer {
                    text += "\n"
                    writeBlock(member, indent: indent + 2, inline: false, into: &text)
                } else {
                    text += " " + YAMLScalar.scalar(member) + "\n"
                }
            }
        case .array(let elements) where !elements.isEmpty:
            for element in elements {
                startLine()
                text += "- "
                if element.isNonEmptyContainer {
                    writeBlock(element, indent: indent + 2, inline: true, into: &text)
                } else {
                    text += YAMLScalar.scalar(element) + "\n"
                }
            }
        default:
            startLine()
            text += YAMLScalar.scalar(value) + "\n"
        }
    }

    private var isNonEmptyContainer: Bool {
        switch self {
        case .object(let object): return !object.isEmpty
        case .array(let elements): return !elements.isEmpty
        default: return false
        }
    }
}

/// How one scalar is spelled in emitted YAML.
enum YAMLScalar {
    /// Plain words that YAML 1.1 reads as booleans or null.
    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null",
    ]

    /// A scalar, or an empty container in flow style.
    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return self.number(number)
        case .string(let text): return string(text)
        case .array: return "[]"
        case .object: return "{}"
        }
    }

    /// A number in a spelling both YAML versions read as that number: YAML 1.1 wants a dot
    /// in the significand and a sign in the exponent (`1.0e+400`, not `1e400`).
    static func number(_ number: JSONNumber) -> String {
        let text = number.description
        guard let e = text.firstIndex(of: "e") else { return text }
        var significand = String(text[..<e])
        var exponent = String(text[text.index(after: e)...])
        if !significand.contains(".") { significand += ".0" }
        if !exponent.hasPrefix("-") { exponent = "+" + exponent }
        return significand + "e" + exponent
    }

    /// `text` plain when no YAML version could read it as anything else, double-quoted otherwise.
    static func string(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    /// Plain only for text that starts with a letter, `_`, `/` or `$`, holds nothing but
    /// letters, digits, spaces and `_-./$()`, does not end in a space and is no reserved word:
    /// that rules out numbers (which start with a digit, sign or dot), indicators and comments.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, last != " " else {
            return false
        }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        guard isLetter(first) || "_/$".unicodeScalars.contains(first) else { return false }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            isLetter(scalar) || ("0"..."9").contains(scalar) || " _-./$()".unicodeScalars.contains(scalar)
        }
        return allowed && !reservedWords.contains(text.lowercased())
    }

    /// A double-quoted scalar with JSON-style escapes, which YAML reads the same way; line
    /// and paragraph separators and NEL are escaped too, as YAML 1.1 takes them for breaks.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85
                || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
