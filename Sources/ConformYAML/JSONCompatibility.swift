/// Where libyaml and JSON disagree, and how the loader bridges it.
///
/// Checked against libyaml 0.2.5 (see `JSONInputTests`): it reads JSON as YAML 1.2 flow style,
/// including `{"a":1}` without a space after the colon, `\/`, `\uXXXX`, tab indentation inside
/// brackets and multi-megabyte single lines. It refuses UTF-16 surrogate escapes
/// (`\ud83d\ude00`), which JSON uses for characters beyond U+FFFF. For files that look like
/// JSON, the loader rewrites each valid surrogate pair into YAML's equivalent 8-digit escape
/// (`\U0001F600`) and records the column shift so positions still name the original text.
/// A lone surrogate has no UTF-8 form, so it is left alone and libyaml's error stands.
enum JSONCompatibility {
    /// True when the first non-blank byte (after an optional BOM) is `{` or `[`.
    static func looksLikeJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    /// A note for libyaml's error on a file that looks like JSON.
    static func hint(for problem: String) -> String {
        if problem.contains("Unicode character escape") {
            return "this file looks like JSON; a \\u escape of a UTF-16 surrogate is only accepted as a valid pair"
        }
        return "this file looks like JSON; it is read as YAML 1.2 flow style, which must accept the same text"
    }

    /// The input with surrogate-pair escapes rewritten, or nil when there are none.
    static func rewriteSurrogatePairs(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], shifts: ColumnShifts)? {
        // Outside strings JSON has no backslashes, so escapes can be read pairwise from the start.
        var pairs: [Int] = []
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if index + 11 < count, bytes[index + 1] == UInt8(ascii: "u"),
                let high = hex4(bytes, index + 2), (0xD800...0xDBFF).contains(high),
                bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
                let low = hex4(bytes, index + 8), (0xDC00...0xDFFF).contains(low)
            {
                pairs.append(index)
                index += 12
            } else {
                index += 2
            }
        }
        guard !pairs.isEmpty else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(count)
        var shifts = ColumnShifts()
        var copied = 0
        var line = 1
        var lineStart = 0
        var shiftOnLine = 0
        for start in pairs {
            // Line and column of the escape in the original text (columns count characters).
            for k in copied..<start where bytes[k] == UInt8(ascii: "\n") {
                line += 1
                lineStart = k + 1
                shiftOnLine = 0
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
            let high = hex4(bytes, start + 2)!
            let low = hex4(bytes, start + 8)!
            let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            let hex = String(scalar, radix: 16)
            let escape = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            output.append(contentsOf: escape.utf8)
            // The escape starts at `column` in the original and `shiftOnLine` further left once
            // rewritten; every rewritten column past its end moves two further left.
            let column = characterCount(bytes, from: lineStart, to: start) + 1
            let rewrittenEnd = column - shiftOnLine + escape.utf8.count
            shiftOnLine += 12 - escape.utf8.count
            shifts.add(line: line, fromRewrittenColumn: rewrittenEnd, shift: shiftOnLine)
            copied = start + 12
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return (output, shifts)
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int? {
        var value = 0
        for k in at..<at + 4 {
            let byte = bytes[k]
            guard ScalarResolver.isHexDigit(byte) else { return nil }
            value = value * 16 + Int(byte <= 57 ? byte - 48 : (byte | 0x20) - 87)
        }
        return value
    }

    /// Characters (not bytes) in `bytes[from..<to]`: UTF-8 continuation bytes do not count.
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        for k in from..<to where bytes[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}

/// Column corrections for lines whose text the loader rewrote before parsing.
struct ColumnShifts: Sendable {
    /// Per 1-based line: from which rewritten column on, how many columns to add (ascending).
    private var shifts: [Int: [(from: Int, shift: Int)]] = [:]

    var isEmpty: Bool { shifts.isEmpty }

    mutating func add(line: Int, fromRewrittenColumn column: Int, shift: Int) {
        shifts[line, default: []].append((column, shift))
    }

    /// The column in the original text of a 1-based column in the rewritten text.
    func originalColumn(line: Int, column: Int) -> Int {
        guard !shifts.isEmpty, let list = shifts[line] else { return column }
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].from <= column { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? column : column + list[low - 1].shift
    }
}
