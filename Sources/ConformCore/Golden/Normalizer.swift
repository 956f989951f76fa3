import Foundation

/// Replaces the volatile values of a response with typed placeholders: strings whose schema
/// `format` is uuid, date-time or date, values at the declared pointers, and declared regex
/// matches inside strings. A value that does not have its placeholder's type stays as it is,
/// so the comparison shows it.
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
        let formats = schema.map { schemaFormats.formats(of: body, schema: $0) } ?? [:]
        return rewrite(body, at: .root, formats: formats)
    }

    /// A header value or other text with the regex rules applied.
    public func normalize(text: String) -> String {
        rules.patterns.reduce(text) { text, rule in
            rule.regex.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text),
                withTemplate: NSRegularExpression.escapedTemplate(for: rule.placeholder.text))
        }
    }

    private func rewrite(_ value: JSONValue, at pointer: JSONPointer, formats: [JSONPointer: String]) -> JSONValue {
        if let rule = rules.pointers.first(where: { $0.pattern.matches(pointer) }) {
            if rule.placeholder.accepts(value) { return .string(rule.placeholder.text) }
        } else if let format = formats[pointer], let placeholder = Placeholder(typed: format), placeholder.accepts(value) {
            return .string(placeholder.text)
        }
        switch value {
        case .string(let text):
            return .string(normalize(text: text))
        case .array(let elements):
            return .array(elements.enumerated().map { rewrite($1, at: pointer.appending($0), formats: formats) })
        case .object(let object):
            return .object(JSONObject(object.members.map { ($0.key, rewrite($0.value, at: pointer.appending($0.key), formats: formats)) }))
        default:
            return value
        }
    }
}
