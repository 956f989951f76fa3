import Foundation

/// A JSON Schema `pattern` (ECMA-262 syntax) compiled for ICU, which is what Foundation's
/// `NSRegularExpression` runs.
///
/// The translation makes these ECMA-262 meanings hold where ICU's differ:
/// - `\d`, `\D` are ASCII digits only (ICU: any Unicode decimal digit);
/// - `\w`, `\W` are `[A-Za-z0-9_]` only (ICU: Unicode letters, marks, digits, connectors);
/// - `\s`, `\S` are ECMA's white space and line terminators, which include U+FEFF and
///   U+000B (ICU's `\s` has neither);
/// - `$` matches only at the very end (ICU also matches before a final line terminator);
/// - `.` refuses only `\n`, `\r`, U+2028 and U+2029 (ICU also refuses U+000B, U+000C, U+0085);
/// - `[^]` matches any character (ICU rejects it).
///
/// Still different: `\b` and `\B` use ICU's Unicode word characters (so `\bé` matches "é",
/// which ECMA-262 does not); ICU accepts syntax ECMA-262 rejects (possessive quantifiers,
/// inline flags such as `(?i)`, `\A`, `\Z`, `\Q...\E`, `(?#...)`), and lookbehind must have a
/// bounded length; `[]` (ECMA: matches nothing) is an ICU syntax error; case-insensitive
/// matching does not arise (JSON Schema patterns have no flags). Patterns ICU cannot compile
/// fail validation with a message naming the pattern.
final class ECMARegex: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to use from several threads.
    private let expression: NSRegularExpression
    /// The pattern as the schema wrote it.
    let source: String

    init(_ source: String) throws {
        self.source = source
        expression = try NSRegularExpression(pattern: ECMARegex.translate(source), options: [])
    }

    /// True when the pattern matches anywhere in `text` (JSON Schema patterns are not anchored).
    func matches(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: text.utf16.count)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    private static let digit = "0-9"
    private static let word = "A-Za-z0-9_"
    private static let space =
        "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"

    /// Rewrites the ECMA-262 escapes whose ICU meaning differs (see the type's documentation).
    static func translate(_ pattern: String) -> String {
        var output = ""
        var inClass = false
        var characters = pattern.makeIterator()
        var atClassStart = false
        while let character = characters.next() {
            if character == "\\" {
                guard let escaped = characters.next() else {
                    output.append("\\")
                    break
                }
                atClassStart = false
                switch escaped {
                case "d": output += inClass ? digit : "[\(digit)]"
                case "D": output += "[^\(digit)]"
                case "w": output += inClass ? word : "[\(word)]"
                case "W": output += "[^\(word)]"
                case "s": output += inClass ? space : "[\(space)]"
                case "S": output += "[^\(space)]"
                default:
                    output.append("\\")
                    output.append(escaped)
                }
                continue
            }
            if inClass {
                if atClassStart, character == "^" {
                    output.append(character)
                    // `[^]` is ECMA's "any character".
                    var lookahead = characters
                    if lookahead.next() == "]" {
                        characters = lookahead
                        output += "\\x{0}-\\x{10FFFF}]"
                        inClass = false
                        atClassStart = false
                    }
                    continue
                }
                atClassStart = false
                if character == "[" {
                    output += "\\["  // a literal in ECMA, a nested set in ICU
                    continue
                }
                if character == "]" { inClass = false }
                output.append(character)
                continue
            }
            switch character {
            case "[":
                inClass = true
                atClassStart = true
                output.append(character)
            case "$":
                output += "\\z"
            case ".":
                output += "[^\\n\\r\\x{2028}\\x{2029}]"
            default:
                output.append(character)
            }
        }
        return output
    }
}
