/// The canonical record of one exchange, as a golden file keeps it:
///
/// ```json
/// {"request": {"method": "POST", "path": "/checkout", "query": "a=1", "body": {...}},
///  "response": {"status": 200, "headers": {"content-type": "application/json"}, "body": {...}}}
/// ```
///
/// The origin is left out of the path (the sandbox's port changes), a JSON body is kept as
/// a value and any other body as a digest, and the response body is normalized.
public enum GoldenRecord {
    /// Response headers always kept, besides the ones the matched response documents.
    public static let selectedHeaders = ["content-type", "location"]

    /// The record of `exchange`; nil when no response came back or its body was cut.
    public static func record(
        of exchange: Exchange, operation: Operation, normalizer: Normalizer, redactor: Redactor
    ) -> JSONValue? {
        raw(of: exchange, operation: operation, redactor: redactor).map { normalizer.normalize(record: $0.record, schema: $0.schema) }
    }

    /// The record of `exchange` before normalization, with the schema of its response body
    /// (what ``Normalizer/normalize(record:schema:)`` needs); nil when no response came back
    /// or its body was cut. A body that is not JSON is kept as text or a digest.
    public static func raw(
        of exchange: Exchange, operation: Operation, redactor: Redactor
    ) -> (record: JSONValue, schema: DocumentPointer?)? {
        guard let response = exchange.response, !response.truncated else { return nil }
        let documented = operation.response(for: response.status)
        var request = JSONObject()
        request["method"] = .string(exchange.request.method)
        let (path, query) = pathAndQuery(of: exchange.request.url)
        request["path"] = .string(path)
        if let query { request["query"] = .string(query) }
        if let body = exchange.request.body, !body.isEmpty { request["body"] = bodyValue(body) }

        var result = JSONObject()
        result["status"] = .number(JSONNumber(Int64(response.status)))
        let names = selectedHeaders + (documented?.headers.map { $0.name.lowercased() } ?? [])
        var headers = JSONObject()
        for name in Set(names).sorted() {
            let values = response.headers.values(named: name)
            guard !values.isEmpty else { continue }
            headers[name] = .string(redactor.redact(values.joined(separator: ", ")))
        }
        if !headers.isEmpty { result["headers"] = .object(headers) }
        var schema: DocumentPointer?
        if !response.body.isEmpty {
            let body = redactor.redact(response.body)
            if let value = try? JSONBodyParser.parse(body) {
                schema = response.mediaType.flatMap { documented?.content(for: $0)?.schema }
                result["body"] = value
            } else if let text = String(validating: body, as: UTF8.self) {
                result["body"] = .string(text)
            } else {
                result["body"] = digest(body)
            }
        }
        return (.object(JSONObject([("request", .object(request)), ("response", .object(result))])), schema)
    }

    /// The path and the query of a URL, without scheme and authority.
    static func pathAndQuery(of url: String) -> (path: String, query: String?) {
        // Byte-wise: every golden record takes this path, and the delimiters are ASCII.
        let utf8 = url.utf8
        var start = utf8.startIndex
        if let colon = utf8.firstIndex(of: UInt8(ascii: ":")), utf8[colon...].starts(with: "://".utf8) {
            let authority = utf8.index(colon, offsetBy: 3)
            guard let slash = utf8[authority...].firstIndex(of: UInt8(ascii: "/")) else { return ("/", nil) }
            start = slash
        }
        guard let mark = utf8[start...].firstIndex(of: UInt8(ascii: "?")) else { return (String(url[start...]), nil) }
        return (String(url[start..<mark]), String(url[utf8.index(after: mark)...]))
    }

    /// A request body: the JSON value, or a digest for anything else.
    static func bodyValue(_ bytes: [UInt8]) -> JSONValue {
        if let value = try? JSONBodyParser.parse(bytes) { return value }
        return digest(bytes)
    }

    /// `{"digest": "fnv1a64:…", "bytes": N}`: enough to see that a body changed.
    static func digest(_ bytes: [UInt8]) -> JSONValue {
        var hash = StableHash()
        for byte in bytes { hash.combine(UInt64(byte)) }
        return .object(
            JSONObject([
                ("bytes", .number(JSONNumber(Int64(bytes.count)))),
                ("digest", .string("fnv1a64:" + StableHash.hex(hash.value))),
            ]))
    }
}
