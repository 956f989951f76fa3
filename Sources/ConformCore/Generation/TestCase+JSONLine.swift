extension TestCase {
    /// The case as one line of JSON with a fixed member order: `id`, `operation`, `kind`,
    /// `pointer`, `expectation`, `seed`, `method`, `target`, `headers`, `cookies`,
    /// `contentType`, `body` (JSON bodies as values, others as text).
    public var jsonLine: String {
        var object = JSONObject()
        object["id"] = .string(id)
        object["operation"] = .string(operationID)
        object["kind"] = .string(kind.rawValue)
        object["pointer"] = .string(pointer.description)
        switch expectation {
        case .valid:
            object["expectation"] = ["valid": true]
        case .invalid(let keyword, let pointer):
            object["expectation"] = ["valid": false, "keyword": .string(keyword), "pointer": .string(pointer.description)]
        case .malformed(let malformation, let pointer, let mustReject):
            object["expectation"] = [
                "valid": false, "malformed": .string(malformation.rawValue), "pointer": .string(pointer.description),
                "mustReject": .bool(mustReject),
            ]
        }
        if let seed { object["seed"] = .string(String(seed)) }
        object["method"] = .string(request.method.wireName)
        object["target"] = .string(request.target)
        object["headers"] = .array(request.headers.map { [.string($0.name), .string($0.value)] })
        object["cookies"] = .array(request.cookies.map { [.string($0.name), .string($0.value)] })
        if let contentType = request.contentType { object["contentType"] = .string(contentType) }
        if let body = request.jsonBody {
            object["body"] = body
        } else if let bytes = request.body {
            object["body"] = .string(String(decoding: bytes, as: UTF8.self))
        }
        return JSONValue.object(object).serialized(.compact)
    }

    /// The body in at most `limit` characters, for tables.
    public func bodyPreview(limit: Int = 60) -> String {
        let text = request.jsonBody?.serialized(.compact) ?? request.body.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
