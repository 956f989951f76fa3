extension SwaggerConverter {
    /// `host`, `basePath` and `schemes` as a `servers` list at `new`; nil when they say nothing.
    ///
    /// `root` holds `host` and `basePath`; `schemes` comes from the root or from an operation
    /// (at `old`). Without `schemes`, Swagger means "the scheme the document was fetched with",
    /// which a file does not know: a loopback host is taken as http, any other as https.
    mutating func servers(_ root: JSONObject, schemes: JSONValue?, at old: JSONPointer, new: JSONPointer) -> JSONValue? {
        let host = root["host"]?.stringValue
        let basePath = root["basePath"]?.stringValue ?? ""
        guard host != nil || !basePath.isEmpty else { return nil }
        let origin = schemes != nil ? old.appending("schemes") : old.appending(host != nil ? "host" : "basePath")
        record(new, from: origin)
        guard let host else { return [["url": .string(basePath)]] }
        var names = schemes?.arrayValue?.compactMap(\.stringValue).filter { $0 == "http" || $0 == "https" } ?? []
        if names.isEmpty {
            let loopback = ["localhost", "127.0.0.1", "[::1]"].contains { host == $0 || host.hasPrefix($0 + ":") }
            names = [loopback ? "http" : "https"]
        }
        return .array(names.map { ["url": .string("\($0)://\(host)\(basePath)")] })
    }
}
