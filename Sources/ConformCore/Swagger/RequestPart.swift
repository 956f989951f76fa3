/// A `body` or `formData` parameter that becomes (part of) an OpenAPI 3 request body.
struct RequestPart {
    /// The parameter as written.
    var object: JSONObject
    /// Where the parameter, or the reference to it when it lives in another file, is written
    /// in the file being converted.
    var old: JSONPointer
    /// `file#/pointer` of the parameter when it lives in another file.
    var remote: String?

    var name: String { object["name"]?.stringValue ?? "" }
    var isBody: Bool { object["in"]?.stringValue == "body" }
    var isRequired: Bool { object["required"]?.boolValue == true }
}
