import Foundation

/// A header's text as the JSON value its schema describes (`simple` style): a number for
/// `integer` and `number`, a boolean for `boolean`, comma-separated items for `array`, else
/// the string. Text that does not fit the type stays a string, so the validator reports it.
enum HeaderValue {
    static func json(_ text: String, schema: DocumentPointer, in documents: DocumentSet) -> JSONValue {
        let resolved = (try? documents.resolve(schema)) ?? schema
        let typeValue = documents.value(at: resolved)?["type"]
        let types = typeValue?.stringValue.map { [$0] } ?? typeValue?.arrayValue?.compactMap(\.stringValue) ?? []
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if types.contains("integer") || types.contains("number"), let number = JSONNumber(literal: trimmed) {
            return .number(number)
        }
        if types.contains("boolean"), trimmed == "true" || trimmed == "false" { return .bool(trimmed == "true") }
        if types.contains("array") {
            return .array(trimmed.split(separator: ",").map { .string($0.trimmingCharacters(in: .whitespaces)) })
        }
        return .string(text)
    }
}
