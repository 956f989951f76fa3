import Foundation

/// Replaces the volatile values of a response with typed placeholders: strings whose schema
/// `format` is uuid, date-time or date, values at the declared (or learned) pointers, and
/// declared regex matches inside strings. A value that does not have its placeholder's type
/// stays as it is, so the comparison shows it.
///
/// A value so replaced is tied to its placeholder in the whole response: where another
/// string repeats it as a path segment or query value (a `Location`, a checkout URL), that
/// part becomes the same placeholder, so the record holds no copy of a created id.
public struct Normalizer: Sendable {
    public let rules: NormalizationRules
    public let documents: DocumentSet
    /// Shared by copies, so every body of a comparison reads each schema once.
    private let schemaFormats: SchemaFormats

    public init(rules: NormalizationRules, documents: DocumentSet) {
        self.rules = rules
        self.documents = documents
        schemaFormats = SchemaFormats(documents: documents)
    }

    /// The body with placeholders; `schema` is the matched response's schema, if any.
    public func normalize(body: JSONValue, schema: DocumentPointer?) -> JSONValue {
        let volatile = volatileValues(in: body, schema: schema)
        return rewrite(body, at: .root, volatile: volatile)
    }

    /// A raw record (``GoldenRecord/raw(of:operation:redactor:)``) with its response body and
    /// header values normalized, the headers' echoes of body ids included.
    public func normalize(record: JSONValue, schema: DocumentPointer?) -> JSONValue {
        guard var whole = record.objectValue, var response = whole["response"]?.objectValue else { return record }
        let volatile = response["body"].map { volatileValues(in: $0, schema: schema) } ?? Volatile()
        if let body = response["body"] { response["body"] = rewrite(body, at: .root, volatile: volatile) }
        if let headers = response["headers"]?.objectValue {
            response["headers"] = .object(
                JSONObject(headers.members.map { ($0.key, $0.value.stringValue.map { .string(normalize(text: $0, echoes: volatile.echoes)) } ?? $0.value) }))
        }
        whole["response"] = .object(response)
        return .object(whole)
    }

    /// A header value or other text with the regex rules applied.
    public func normalize(text: String) -> String {
        normalize(text: text, echoes: Echoes())
    }

    /// Hand patterns first, then the echoes of the body's volatile values, then the learned
    /// patterns: what a hand rule names keeps its name.
    private func normalize(text: String, echoes: Echoes) -> String {
        let handled = Normalizer.apply(rules.patterns, to: text)
        return Normalizer.apply(rules.learned.patterns, to: echoes.substitute(in: handled))
    }

    private static func apply(_ patterns: [NormalizationRules.PatternRule], to text: String) -> String {
        patterns.reduce(text) { text, rule in
            rule.regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text),
                withTemplate: NSRegularExpression.escapedTemplate(for: rule.placeholder.text))
        }
    }

    /// What one body's rules and formats replace: placeholders by pointer, and the values
    /// replaced, whose repetitions elsewhere are tied to them.
    private struct Volatile {
        var placeholders: [JSONPointer: Placeholder] = [:]
        var echoes = Echoes()
    }

    private func volatileValues(in body: JSONValue, schema: DocumentPointer?) -> Volatile {
        let formats = schema.map { schemaFormats.formats(of: body, schema: $0) } ?? [:]
        let pointers = rules.allPointers
        var result = Volatile()
        func walk(_ value: JSONValue, at pointer: JSONPointer) {
            var placeholder: Placeholder?
            if let rule = pointers.first(where: { $0.pattern.matches(pointer) }) {
                placeholder = rule.placeholder
            } else if let format = formats[pointer] {
                placeholder = Placeholder(typed: format)
            }
            if let placeholder, placeholder.accepts(value) {
                result.placeholders[pointer] = placeholder
                result.echoes.note(value, as: placeholder)
                return
            }
            switch value {
            case .array(let elements):
                for (index, element) in elements.enumerated() { walk(element, at: pointer.appending(index)) }
            case .object(let object):
                for (key, member) in object { walk(member, at: pointer.appending(key)) }
            default:
                break
            }
        }
        walk(body, at: .root)
        return result
    }

    private func rewrite(_ value: JSONValue, at pointer: JSONPointer, volatile: Volatile) -> JSONValue {
        if let placeholder = volatile.placeholders[pointer] { return .string(placeholder.text) }
        switch value {
        case .string(let text):
            return .string(normalize(text: text, echoes: volatile.echoes))
        case .array(let elements):
            return .array(elements.enumerated().map { rewrite($1, at: pointer.appending($0), volatile: volatile) })
        case .object(let object):
            return .object(
                JSONObject(object.members.map { ($0.key, rewrite($0.value, at: pointer.appending($0.key), volatile: volatile)) }))
        default:
            return value
        }
    }
}
