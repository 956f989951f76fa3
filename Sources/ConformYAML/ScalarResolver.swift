import BigInt

/// Types scalars by the YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1033-core-schema).
///
/// Plain scalars are typed by their text; quoted and block scalars are strings; an explicit
/// `!!str`, `!!int`, `!!float`, `!!bool` or `!!null` tag decides the type and the text must fit it.
enum ScalarResolver {
    /// The value of an untagged plain scalar.
    static func plain(_ text: String) -> JSONValue {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return .null }
            // Most scalars in a spec are words: one byte decides they are strings.
            switch first {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                return number(bytes) ?? .string(String(decoding: bytes, as: UTF8.self))
            case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
                return isNull(bytes) ? .null : .string(String(decoding: bytes, as: UTF8.self))
            case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
                return bool(bytes).map(JSONValue.bool) ?? .string(String(decoding: bytes, as: UTF8.self))
            default:
                return .string(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// The value of a scalar with an explicit core tag; nil when the text does not fit the tag.
    static func tagged(_ text: String, tag: YAMLTag) -> JSONValue? {
        var text = text
        return text.withUTF8 { bytes -> JSONValue? in
            switch tag {
            case .str: return .string(String(decoding: bytes, as: UTF8.self))
            case .null: return isNull(bytes) ? .null : nil
            case .bool: return bool(bytes).map(JSONValue.bool)
            case .int: return integer(bytes).map(JSONValue.number)
            case .float:
                // `!!float 1` is 1: the core schema's float pattern includes integers.
                if let value = integer(bytes) ?? float(bytes) { return .number(value) }
                return nil
            case .none, .nonSpecific, .other: return .string(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    // MARK: - Core schema patterns

    /// `null | Null | NULL | ~` or empty.
    static func isNull(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 0: return true
        case 1: return b[0] == UInt8(ascii: "~")
        case 4: return matches(b, ["null", "Null", "NULL"])
        default: return false
        }
    }

    /// `true | True | TRUE | false | False | FALSE`.
    static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if b.count == 4, matches(b, ["true", "True", "TRUE"]) { return true }
        if b.count == 5, matches(b, ["false", "False", "FALSE"]) { return false }
        return nil
    }

    /// An int or a float, as a plain scalar would be typed.
    private static func number(_ b: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        if let value = integer(b) ?? float(b) { return .number(value) }
        return nil
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func integer(_ b: UnsafeBufferPointer<UInt8>) -> JSONNumber? {
        guard !b.isEmpty else { return nil }
        if b.count > 2, b[0] == UInt8(ascii: "0") {
            let digits = UnsafeBufferPointer(rebasing: b[2...])
            if b[1] == UInt8(ascii: "o") {
                guard digits.allSatisfy({ $0 >= 48 && $0 <= 55 }) else { return nil }
                return radix(digits, 8)
            }
            if b[1] == UInt8(ascii: "x") {
                guard digits.allSatisfy(isHexDigit) else { return nil }
                return radix(digits, 16)
            }
        }
        let start = (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) ? 1 : 0
        guard start < b.count, b[start...].allSatisfy(isDigit) else { return nil }
        return JSONNumber(utf8: b)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` and `.nan` in their three spellings.
    static func float(_ b: UnsafeBufferPointer<UInt8>) -> JSONNumber? {
        var i = 0
        var negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        let rest = UnsafeBufferPointer(rebasing: b[i...])
        if rest.count == 4, matches(rest, [".inf", ".Inf", ".INF"]) {
            return JSONNumber(negative ? -Double.infinity : Double.infinity)
        }
        if i == 0, rest.count == 4, matches(rest, [".nan", ".NaN", ".NAN"]) { return JSONNumber(Double.nan) }
        let integerStart = i
        while i < b.count, isDigit(b[i]) { i += 1 }
        let integerDigits = i - integerStart
        var fractionDigits = 0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            fractionDigits = i - fractionStart
            // `.5` needs a fraction digit; `5.` is a float.
            guard integerDigits > 0 || fractionDigits > 0 else { return nil }
        } else if integerDigits == 0 {
            return nil
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            let exponentStart = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            guard i > exponentStart else { return nil }
        }
        guard i == b.count else { return nil }
        let text = String(decoding: b, as: UTF8.self)
        // JSONNumber refuses exponents past 10^8 digits; such a value is out of any range anyway.
        return JSONNumber(literal: text) ?? JSONNumber(Double(text) ?? .nan)
    }

    // MARK: - Helpers

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    static func radix(_ digits: UnsafeBufferPointer<UInt8>, _ radix: Int) -> JSONNumber? {
        BigInt(String(decoding: digits, as: UTF8.self), radix: radix).map(JSONNumber.init)
    }

    /// True when `b` spells one of `words` (all the same length as `b`).
    static func matches(_ b: UnsafeBufferPointer<UInt8>, _ words: [StaticString]) -> Bool {
        for word in words where word.utf8CodeUnitCount == b.count {
            if memcmpEqual(b, word) { return true }
        }
        return false
    }

    private static func memcmpEqual(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for k in 0..<b.count where b[k] != w[k] { return false }
        return true
    }
}
