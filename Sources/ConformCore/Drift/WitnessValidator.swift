import Foundation

/// Checks witnesses against one document: values against schemas, and the small request and
/// response descriptions that operation-level witnesses use.
///
/// Values are checked by the ``SchemaValidator`` on the documents as written, not on drift's
/// normalized schemas, so a witness does not depend on drift's own reading of the document.
///
/// A request description is `{"parameters": {"query": {...}, "header": {...}, "cookie": {...}},
/// "contentType": "...", "body": ..., "credentials": ["scheme", ...]}` (path parameters are
/// part of the URL and checked as values); a response description is `{"status": 200,
/// "headers": {...}, "contentType": "...", "body": ...}`. Absent members mean "not sent".
public struct WitnessValidator: Sendable {
    let validator: SchemaValidator

    /// A validator for `document`.
    public init(document: Document) {
        validator = SchemaValidator(documents: document.documents)
    }

    /// True when `value` is valid against the schema at `schema`, read in `direction`
    /// (readOnly properties are not required in requests, writeOnly ones not in responses).
    public func isValid(_ value: JSONValue, against schema: DocumentPointer, direction: MessageDirection) -> Bool {
        validator.isValid(value, against: schema, direction: direction)
    }

    /// True when `operation` accepts the described request.
    public func acceptsRequest(_ request: JSONValue, for operation: Operation) -> Bool {
        if let credentials = request["credentials"]?.arrayValue?.compactMap(\.stringValue), !operation.security.isEmpty {
            let satisfied = operation.security.contains { requirement in
                requirement.schemes.allSatisfy { credentials.contains($0.name) }
            }
            if !satisfied { return false }
        }
        for parameter in operation.parameters where parameter.location != .path {
            let sent = request["parameters"]?[parameter.location.rawValue]?.objectValue?.members.first {
                parameter.location == .header
                    ? $0.key.caseInsensitiveCompare(parameter.name) == .orderedSame : $0.key == parameter.name
            }?.value
            guard let sent else {
                if parameter.required { return false }
                continue
            }
            if let schema = parameter.schema, !isValid(sent, against: schema, direction: .request) { return false }
        }
        guard let body = request["body"] else { return !(operation.requestBody?.required ?? false) }
        guard let contentType = request["contentType"]?.stringValue,
            let media = operation.requestBody?.content.first(where: { Self.covers($0.name, contentType) })
        else { return false }
        return media.schema.map { isValid(body, against: $0, direction: .request) } ?? true
    }

    /// True when `operation` documents the described response.
    public func acceptsResponse(_ response: JSONValue, for operation: Operation) -> Bool {
        guard let status = response["status"]?.numberValue?.int64Value,
            let documented = operation.response(for: Int(status))
        else { return false }
        let headers = response["headers"]?.objectValue ?? JSONObject()
        for header in documented.headers {
            let sent = headers.members.first { $0.key.caseInsensitiveCompare(header.name) == .orderedSame }?.value
            guard let sent else {
                if header.required { return false }
                continue
            }
            if let schema = header.schema, !isValid(sent, against: schema, direction: .response) { return false }
        }
        guard let body = response["body"] else { return true }
        guard let contentType = response["contentType"]?.stringValue,
            let media = documented.content.first(where: { Self.covers($0.name, contentType) })
        else { return false }
        return media.schema.map { isValid(body, against: $0, direction: .response) } ?? true
    }

    /// True when the media range `range` (`application/json`, `text/*`, `*/*`) covers `type`.
    static func covers(_ range: String, _ type: String) -> Bool {
        let range = range.split(separator: ";")[0].lowercased().trimmingCharacters(in: .whitespaces)
        let type = type.split(separator: ";")[0].lowercased().trimmingCharacters(in: .whitespaces)
        if range == type || range == "*/*" { return true }
        if range.hasSuffix("/*") { return type.hasPrefix(range.dropLast()) }
        return false
    }
}
