import BigInt

/// How a YAML 1.1 loader (PyYAML's resolver, the most common one) would type a plain scalar,
/// so that the loader can warn where that differs from the YAML 1.2 core schema.
enum YAML11Typing {
    /// A YAML 1.1 reading of a plain scalar.
    enum Reading: Equatable {
        case string, null
        case bool(Bool)
        /// An integer and the notation that made it one (`octal`, `base-60`), nil for plain decimal.
        case int(JSONNumber, notation: String?)
        case float(JSONNumber)
    }

    /// The warning text for a plain scalar whose YAML 1.1 reading differs from `value`, its
    /// YAML 1.2 value; nil when both agree.
    static func warning(for text: String, value: JSONValue) -> String? {
        guard let first = text.utf8.first else { return nil }
        // Only these first bytes can start a 1.1 bool, int or float; everything else agrees.
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            break
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "o"),
            UInt8(ascii: "O"):
            // The 1.1 booleans that 1.2 reads as strings are at most three letters long.
            guard text.utf8.count <= 3 else { return nil }
        default:
            return nil
        }
        if isPlainDecimal(text) { return nil }
        let old = reading(text)
        if !agrees(old, value) {
            return "plain scalar '\(text)' is \(describe(value)) in YAML 1.2 but \(describe(old)) in YAML 1.1;"
                + " quote it to make the intent explicit"
        }
        if case .number(let number) = value, hasTrailingFractionZero(text) {
            return "plain scalar '\(text)' is the number \(number) in YAML 1.1 and 1.2, not the text \"\(text)\";"
                + " quote it if it is a version or an identifier"
        }
        return nil
    }

    /// `[-+]?[1-9][0-9]*`: the same integer in YAML 1.1 and 1.2, and the most common number in
    /// specs (`maxLength: 5000`), so it skips the slower reading.
    private static func isPlainDecimal(_ text: String) -> Bool {
        var digits = text.utf8[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { digits = digits.dropFirst() }
        guard let first = digits.first, first != UInt8(ascii: "0") else { return false }
        return digits.allSatisfy(ScalarResolver.isDigit)
    }

    /// The YAML 1.1 type of a plain scalar (https://yaml.org/type/ bool, int, float, null).
    static func reading(_ text: String) -> Reading {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        default: break
        }
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let digitsOnly = { (s: Substring, allowed: String) in !s.isEmpty && s.allSatisfy { allowed.contains($0) } }
        if body.hasPrefix("0b"), digitsOnly(body.dropFirst(2), "01_") {
            return integer(sign, body.dropFirst(2), radix: 2, notation: "binary")
        }
        if body.hasPrefix("0x"), digitsOnly(body.dropFirst(2), "0123456789abcdefABCDEF_") {
            return integer(sign, body.dropFirst(2), radix: 16, notation: nil)
        }
        if body.hasPrefix("0"), digitsOnly(body.dropFirst(), "01234567_") {
            return integer(sign, body.dropFirst(), radix: 8, notation: "octal")
        }
        if body == "0" { return .int(JSONNumber(0), notation: nil) }
        if let first = body.first, first != "0", first.isASCII, first.isNumber, digitsOnly(body, "0123456789_") {
            return integer(sign, body, radix: 10, notation: nil)
        }
        if let sexagesimal = sexagesimal(sign, body) { return sexagesimal }
        if let float = float(sign, body) { return .float(float) }
        return .string
    }

    private static func integer(_ sign: String, _ digits: Substring, radix: Int, notation: String?) -> Reading {
        let clean = digits.filter { $0 != "_" }
        guard let value = BigInt(sign + (clean.isEmpty ? "0" : clean), radix: radix) else { return .string }
        return .int(JSONNumber(value), notation: notation)
    }

    /// `[1-9][0-9_]*(:[0-5]?[0-9])+` with an optional `.[0-9_]*` fraction on the last part.
    private static func sexagesimal(_ sign: String, _ body: Substring) -> Reading? {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count > 1, let head = parts.first, let leading = head.first, leading != "0",
            head.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") })
        else { return nil }
        var last = parts[parts.count - 1]
        var fraction: Substring?
        if let dot = last.firstIndex(of: ".") {
            fraction = last[last.index(after: dot)...]
            last = last[..<dot]
            guard fraction!.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) else { return nil }
        }
        let sixties = Array(parts.dropFirst().dropLast()) + [last]
        for part in sixties {
            guard (1...2).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if part.count == 2, part.first! > "5" { return nil }
        }
        var total = BigInt(String(head.filter { $0 != "_" }))!
        for part in sixties { total = total * 60 + BigInt(String(part))! }
        if let fraction {
            let digits = fraction.filter { $0 != "_" }
            let value = JSONNumber(literal: sign + String(total) + "." + (digits.isEmpty ? "0" : digits))!
            return .float(value)
        }
        return .int(JSONNumber(sign == "-" ? -total : total), notation: "base-60")
    }

    /// `[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?`, `\.[0-9][0-9_]*(...)?`, `[-+]?\.inf`, `\.nan`.
    private static func float(_ sign: String, _ body: Substring) -> JSONNumber? {
        switch body {
        case ".inf", ".Inf", ".INF": return JSONNumber(sign == "-" ? -Double.infinity : .infinity)
        case ".nan", ".NaN", ".NAN": return sign.isEmpty && !body.isEmpty ? JSONNumber(Double.nan) : nil
        default: break
        }
        guard let dot = body.firstIndex(of: ".") else { return nil }
        let whole = body[..<dot]
        var fraction = body[body.index(after: dot)...]
        var exponent = ""
        if let e = fraction.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            let tail = fraction[fraction.index(after: e)...]
            guard let s = tail.first, s == "-" || s == "+", tail.count > 1,
                tail.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            exponent = "e" + tail
            fraction = fraction[..<e]
        }
        let isDigitOrUnderscore = { (c: Character) in c.isASCII && (c.isNumber || c == "_") }
        guard whole.allSatisfy(isDigitOrUnderscore), fraction.allSatisfy(isDigitOrUnderscore) else { return nil }
        if whole.isEmpty {
            // `.5` needs a digit right after the dot.
            guard let f = fraction.first, f.isNumber else { return nil }
        } else if whole.first == "_" {
            return nil
        }
        let cleanWhole = whole.filter { $0 != "_" }
        let cleanFraction = fraction.filter { $0 != "_" }
        return JSONNumber(
            literal: sign + (cleanWhole.isEmpty ? "0" : cleanWhole) + "." + (cleanFraction.isEmpty ? "0" : cleanFraction)
                + exponent)
    }

    /// Whether the 1.1 reading and the 1.2 value are the same value of the same kind.
    private static func agrees(_ old: Reading, _ value: JSONValue) -> Bool {
        switch (old, value) {
        case (.string, .string), (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a, _), .number(let b)), (.float(let a), .number(let b)): return a == b
        default: return false
        }
    }

    /// `1.10`: a fraction of two or more digits that ends in zero but is not all zeros.
    private static func hasTrailingFractionZero(_ text: String) -> Bool {
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let fraction = text.utf8[text.utf8.index(after: dot)...]
        guard fraction.count > 1, fraction.allSatisfy(ScalarResolver.isDigit) else { return false }
        // `1.10` reads like a version; `999.0` and `10.00` read like amounts, so they stay quiet.
        return fraction.last == UInt8(ascii: "0") && fraction.contains { $0 != UInt8(ascii: "0") }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return "the boolean \(flag)"
        case .number(let number): return number.isInteger ? "the integer \(number)" : "the number \(number)"
        case .string(let string): return "the string \"\(string)\""
        case .array, .object: return "a collection"
        }
    }

    private static func describe(_ reading: Reading) -> String {
        switch reading {
        case .string: return "a string"
        case .null: return "null"
        case .bool(let flag): return "the boolean \(flag)"
        case .int(let number, let notation): return "the \(notation.map { $0 + " " } ?? "")integer \(number)"
        case .float(let number): return "the number \(number)"
        }
    }
}
