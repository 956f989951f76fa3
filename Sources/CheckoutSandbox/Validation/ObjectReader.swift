/// The members of a request object, read by name so that absent, null and present stay distinct.
struct ObjectReader {
    let object: JSONObject
    let pointer: String

    /// Reads the whole body as an object.
    init(body: JSONValue) throws(RequestValidationError) {
        self = try Field(value: body, pointer: "").object()
    }

    init(object: JSONObject, pointer: String) {
        self.object = object
        self.pointer = pointer
    }

    private func childPointer(_ key: String) -> String {
        // Every valid request reads every member: Foundation's replacing is too slow for the
        // common key that needs no escape.
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return pointer + "/" + key
        }
        var escaped = ""
        for character in key.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return pointer + "/" + escaped
    }

    /// A member the schema lists in `required`.
    func required(_ key: String) throws(RequestValidationError) -> Field {
        guard let value = object[key] else {
            throw RequestValidationError(pointer: childPointer(key), message: "is required")
        }
        return Field(value: value, pointer: childPointer(key))
    }

    /// An optional member; `nil` when absent (a `null` is returned for the caller to reject).
    func optional(_ key: String) -> Field? {
        object[key].map { Field(value: $0, pointer: childPointer(key)) }
    }

    /// An optional, nullable member; `nil` when absent or `null`.
    func nullable(_ key: String) -> Field? {
        guard let field = optional(key), !field.isNull else { return nil }
        return field
    }

    /// Refuses members the schema does not list (`additionalProperties: false`).
    func rejectUnknown(allowed: Set<String>) throws(RequestValidationError) {
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw RequestValidationError(pointer: childPointer(unknown), message: "is not an allowed property")
        }
    }
}
