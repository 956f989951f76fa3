import ConformCore
import Foundation

/// Reading the shared corpus's JSON files.
enum CorpusJSON {
    /// A file of the corpus, loaded as JSON values.
    static func load(_ url: URL) throws -> JSONValue {
        try MiniJSON.parse(Array(Data(contentsOf: url)))
    }
}

/// A strict JSON reader with exact numbers, standing in until `DocumentLoader` is available.
enum MiniJSON {
    struct Failure: Error {}

    static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var index = 0
        let value = try parseValue(bytes, &index)
        skipSpace(bytes, &index)
        guard index == bytes.count else { throw Failure() }
        return value
    }

    private static func skipSpace(_ b: [UInt8], _ i: inout Int) {
        while i < b.count, b[i] == 32 || b[i] == 9 || b[i] == 10 || b[i] == 13 { i += 1 }
    }

    private static func parseValue(_ b: [UInt8], _ i: inout Int) throws -> JSONValue {
        skipSpace(b, &i)
        guard i < b.count else { throw Failure() }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, JSONValue)] = []
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(JSONObject(members)) }
            while true {
                skipSpace(b, &i)
                guard case .string(let key) = try parseValue(b, &i) else { throw Failure() }
                skipSpace(b, &i)
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw Failure() }
                i += 1
                members.append((key, try parseValue(b, &i)))
                skipSpace(b, &i)
                guard i < b.count else { throw Failure() }
                i += 1
                if b[i - 1] == UInt8(ascii: "}") { return .object(JSONObject(members)) }
                guard b[i - 1] == UInt8(ascii: ",") else { throw Failure() }
            }
        case UInt8(ascii: "["):
            i += 1
            var elements: [JSONValue] = []
            skipSpace(b, &i)
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
            while true {
                elements.append(try parseValue(b, &i))
                skipSpace(b, &i)
                guard i < b.count else { throw Failure() }
                i += 1
                if b[i - 1] == UInt8(ascii: "]") { return .array(elements) }
                guard b[i - 1] == UInt8(ascii: ",") else { throw Failure() }
            }
        case UInt8(ascii: "\""):
            i += 1
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll()
            }
            while i < b.count, b[i] != UInt8(ascii: "\"") {
                if b[i] == UInt8(ascii: "\\") {
                    flush()
                    i += 1
                    let escape = b[i]
                    i += 1
                    switch escape {
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{c}")
                    case UInt8(ascii: "u"):
                        var code = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16)!
                        i += 4
                        if (0xD800..<0xDC00).contains(code), b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                            let low = UInt32(String(decoding: b[i + 2..<i + 6], as: UTF8.self), radix: 16)!
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                    default: scalars.append(Unicode.Scalar(escape))
                    }
                } else {
                    raw.append(b[i])
                    i += 1
                }
            }
            flush()
            i += 1
            return .string(String(scalars))
        case UInt8(ascii: "t"): i += 4; return .bool(true)
        case UInt8(ascii: "f"): i += 5; return .bool(false)
        case UInt8(ascii: "n"): i += 4; return .null
        default:
            let start = i
            while i < b.count, "+-0123456789.eE".utf8.contains(b[i]) { i += 1 }
            guard let number = JSONNumber(literal: String(decoding: b[start..<i], as: UTF8.self)) else { throw Failure() }
            return .number(number)
        }
    }
}
