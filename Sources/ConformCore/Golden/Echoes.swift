/// The volatile values of one response (its ids, tokens, timestamps) and their placeholders,
/// to find again where another string of the response repeats one: `/checkout/sessions/53.json`
/// after `"id": 53` becomes `/checkout/sessions/<integer>.json`.
///
/// Only whole path segments and query values count (before: the start, `/` or `=`; after: the
/// end, `/`, `.`, `?`, `&` or `#`), and for an integer only path segments (`?page=1` is not
/// session 1), so a short id is not found inside an unrelated word or number.
struct Echoes: Sendable {
    /// Value text and placeholder text, longest value first so a value inside another is
    /// not half-replaced.
    private(set) var entries: [(value: String, placeholder: String, isInteger: Bool)] = []

    /// Strings shorter than this are not looked for elsewhere: too likely to be a word.
    static let shortestString = 4

    /// Placeholders of values that are times, not identities: a date repeated elsewhere is
    /// a coincidence of the calendar, not a reference.
    static let notIdentities: Set<String> = ["date", "date-time", "boolean", "number"]

    /// Notes a replaced value: a string long enough, or an integer, that may identify something.
    mutating func note(_ value: JSONValue, as placeholder: Placeholder) {
        guard !Echoes.notIdentities.contains(placeholder.name) else { return }
        let text: String
        let isInteger: Bool
        switch value {
        case .string(let string) where string.count >= Echoes.shortestString: (text, isInteger) = (string, false)
        case .number(let number) where number.isInteger: (text, isInteger) = (value.serialized(), true)
        default: return
        }
        guard !entries.contains(where: { $0.value == text }) else { return }
        entries.append((text, placeholder.text, isInteger))
        entries.sort { $0.value.utf8.count > $1.value.utf8.count }
    }

    /// `text` with every bounded repetition of a noted value replaced by its placeholder.
    func substitute(in text: String) -> String {
        guard !entries.isEmpty else { return text }
        var result = text
        for entry in entries where result.contains(entry.value) {
            result = Echoes.replacing(
                entry.value, with: entry.placeholder, in: result, before: entry.isInteger ? ["/"] : Echoes.before)
        }
        return result
    }

    static let before: Set<Character> = ["/", "="]
    static let after: Set<Character> = ["/", ".", "?", "&", "#"]

    static func replacing(_ value: String, with placeholder: String, in text: String, before: Set<Character>) -> String {
        var output = ""
        var rest = text[...]
        var previous: Character?
        while let range = rest.range(of: value) {
            let head = rest[..<range.lowerBound]
            let left = head.last ?? previous
            let right = rest[range.upperBound...].first
            output += head
            if left.map(before.contains) ?? true, right.map(after.contains) ?? true {
                output += placeholder
            } else {
                output += rest[range]
            }
            previous = rest[range].last
            rest = rest[range.upperBound...]
        }
        return output + rest
    }
}
