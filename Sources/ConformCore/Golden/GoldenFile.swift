/// One operation's golden file, `golden/<spec-stem>/<operation>.json`: the records of its
/// cases keyed by stable case ID, written as canonical JSON so that a diff of it reads well.
public struct GoldenFile: Sendable, Hashable {
    /// The spec's file stem (`stripe-checkout`).
    public var spec: String
    /// The operation's ``Operation/id``.
    public var operation: String
    /// Records by case ID.
    public var cases: [String: JSONValue]

    public init(spec: String, operation: String, cases: [String: JSONValue] = [:]) {
        self.spec = spec
        self.operation = operation
        self.cases = cases
    }

    /// Reads a loaded golden file; a hand-mangled one fails at the position of the first
    /// thing wrong (`golden.malformed`), so it is never silently re-recorded.
    public init(_ loaded: LoadedDocument) throws(LoadError) {
        func fail(_ message: String, at pointer: JSONPointer) -> LoadError {
            LoadError([Diagnostic(.error, message, code: "golden.malformed", at: loaded.sourceMap.location(of: pointer))])
        }
        guard let root = loaded.root.objectValue else { throw fail("a golden file must be an object", at: .root) }
        for key in root.keys where !["spec", "operation", "cases"].contains(key) {
            throw LoadError([
                Diagnostic(
                    .error, "unknown member '\(key)'; expected 'spec', 'operation' and 'cases'", code: "golden.malformed",
                    at: loaded.sourceMap.keyLocation(of: JSONPointer.root.appending(key)))
            ])
        }
        guard let spec = root["spec"]?.stringValue else { throw fail("'spec' must be a string", at: .root.appending("spec")) }
        guard let operation = root["operation"]?.stringValue else {
            throw fail("'operation' must be a string", at: .root.appending("operation"))
        }
        guard let cases = root["cases"]?.objectValue else {
            throw fail("'cases' must be an object of records by case ID", at: .root.appending("cases"))
        }
        for (id, record) in cases {
            let at = JSONPointer.root.appending("cases").appending(id)
            guard let request = record["request"], let response = record["response"] else {
                throw fail("case '\(id)' must have a 'request' and a 'response'", at: at)
            }
            guard request.objectValue != nil else { throw fail("'request' must be an object", at: at.appending("request")) }
            guard let status = response["status"]?.numberValue, status.isInteger else {
                throw fail("'response' must have an integer 'status'", at: at.appending("response"))
            }
        }
        self.init(spec: spec, operation: operation, cases: Dictionary(uniqueKeysWithValues: cases.members.map { ($0.key, $0.value) }))
    }

    /// The file as a value.
    public var json: JSONValue {
        .object(
            JSONObject([
                ("spec", .string(spec)), ("operation", .string(operation)),
                ("cases", .object(JSONObject(cases.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))),
            ]))
    }

    /// The file's text: sorted keys, two-space indent, unescaped slashes, trailing newline.
    public var text: String { json.serialized(.canonical) }

    /// The file name of an operation: its operationId, or `METHOD-path` with every character
    /// outside `[A-Za-z0-9._-]` as `_` (`GET /items/{id}` is `GET-_items__id_.json`).
    public static func fileName(for operation: Operation) -> String {
        let base = operation.operationId ?? "\(operation.method.wireName)-\(operation.path)"
        let safe = base.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
            return allowed ? Character(scalar) : "_"
        }
        return String(safe) + ".json"
    }
}
