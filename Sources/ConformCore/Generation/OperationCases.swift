/// Builds, self-checks and renders the cases of one operation.
final class OperationCases {
    /// A part of the request that carries a value: the body or one parameter.
    enum Part: Hashable {
        case body
        case parameter(ParameterKey)

        /// The request pointer of the part (`/body`, `/query/status`).
        var pointer: JSONPointer {
            switch self {
            case .body: return JSONPointer(tokens: ["body"])
            case .parameter(let key): return key.pointer
            }
        }
    }

    let generator: CaseGenerator
    let operation: Operation
    let values: ValueGenerator
    /// The media type bodies are sent as: JSON first, then form, multipart, anything else.
    let mediaType: MediaType?
    /// ``parameters(of:)``, read once: every check and every rendering walks them.
    let parameters: [(key: ParameterKey, parameter: Parameter)]
    let pathTemplate: PathTemplate
    /// The valid request every coverage case changes one thing in; nil when none exists.
    private(set) var baseline: RequestInputs?
    var cases: [TestCase] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// False when nothing reads ``diagnostics``: a stream of random draws then keeps none.
    var keepsDiagnostics = true
    private var seenIDs: Set<String> = []
    /// The seeds of the random cases drawn: a random case's ID is its seed's.
    var seenSeeds: Set<UInt64> = []
    private var reported: Set<String> = []

    init(generator: CaseGenerator, operation: Operation) {
        self.generator = generator
        self.operation = operation
        let document = generator.document
        values = ValueGenerator(
            documents: document.documents, version: document.version, validator: generator.validator,
            maxDepth: generator.options.maxDepth)
        parameters = Self.parameters(of: operation)
        pathTemplate = PathTemplate(operation.path)
        let content = operation.requestBody?.content ?? []
        mediaType =
            content.first(where: \.isJSON)
            ?? content.first { $0.essence == "application/x-www-form-urlencoded" }
            ?? content.first { $0.essence == "multipart/form-data" }
            ?? content.first
        baseline = makeBaseline()
    }

    /// Parameters that travel as values (OAS ignores `Accept`, `Content-Type` and
    /// `Authorization` header parameters), by key.
    static func parameters(of operation: Operation) -> [(key: ParameterKey, parameter: Parameter)] {
        operation.parameters.compactMap { parameter in
            if parameter.location == .header,
                ["accept", "content-type", "authorization"].contains(parameter.name.lowercased())
            {
                return nil
            }
            return (ParameterKey(location: parameter.location, name: parameter.name), parameter)
        }
    }

    /// The schema of a part, nil when the document gives none.
    func schema(of part: Part) -> DocumentPointer? {
        switch part {
        case .body: return mediaType?.schema
        case .parameter(let key): return parameters.first { $0.key == key }?.parameter.schema
        }
    }

    /// `, first at SCHEMA` when the innermost schema no value was found for lies below `schema`.
    private func unsatisfiedAt(_ schema: DocumentPointer) -> String {
        guard let inner = values.unsatisfied, inner != schema else { return "" }
        return ", first at \(inner)"
    }

    /// The `example` and `examples` values of the part's Media Type or Parameter Object that
    /// its schema accepts (lint warns about the others).
    func validExamples(of part: Part) -> [JSONValue] {
        let documents = generator.document.documents
        let holder: DocumentPointer?
        switch part {
        case .body: holder = mediaType?.pointer
        case .parameter(let key):
            holder = parameters.first { $0.key == key }.map { _, parameter in
                parameter.contentType.map { parameter.pointer.appending("content").appending($0) } ?? parameter.pointer
            }
        }
        guard let holder, let schema = schema(of: part) else { return [] }
        return documents.exampleValues(at: holder).map(\.value).filter { generator.validator.accepts($0, against: schema) }
    }

    /// True when values of the part travel as text (parameters, form and multipart bodies),
    /// where `null` and a string's JSON type cannot be told apart on the wire.
    func isTextual(_ part: Part) -> Bool {
        guard case .body = part else { return true }
        return mediaType.map { !$0.isJSON } ?? true
    }

    private func makeBaseline() -> RequestInputs? {
        var inputs = RequestInputs(mediaType: mediaType?.name)
        for (key, parameter) in parameters where parameter.required {
            guard let schema = parameter.schema else {
                inputs.parameters[key] = .string("value")
                continue
            }
            values.clearUnsatisfied()
            guard let value = values.baseline(schema) ?? validExamples(of: .parameter(key)).first else {
                drop(.baseline, at: key.pointer, schema: schema, reason: "no valid value for required parameter" + unsatisfiedAt(schema))
                return nil
            }
            inputs.parameters[key] = value
        }
        if let mediaType {
            if let schema = mediaType.schema {
                values.clearUnsatisfied()
                guard let body = values.baseline(schema) ?? validExamples(of: .body).first else {
                    drop(.baseline, at: Part.body.pointer, schema: schema, reason: "no valid body" + unsatisfiedAt(schema))
                    return nil
                }
                inputs.body = body
            } else {
                inputs.body = .object(JSONObject())
            }
        }
        // Every coverage case changes one part and re-checks only that part, so a baseline
        // the validator rejects would leave its other parts wrong in every case built on it.
        if let problem = check(inputs, expectation: .valid) {
            drop(.baseline, at: .root, schema: nil, reason: problem)
            return nil
        }
        return inputs
    }

    // MARK: Emitting

    /// Self-checks and records a coverage case; a case that fails the check is dropped with a
    /// diagnostic.
    func emit(
        _ kind: CaseKind, target: JSONPointer, inputs: RequestInputs, expectation: Expectation,
        changed: Part?, schema: DocumentPointer?, label: String
    ) {
        let id = coverageID(kind, target: target, expectation: expectation, label: label)
        // A case already made is not checked again (nested walks reach some values twice).
        guard !seenIDs.contains(id) else { return }
        if let problem = check(inputs, expectation: expectation, only: changed) {
            drop(kind, at: target, schema: schema, reason: problem)
            return
        }
        record(id: id, kind, target: target, inputs: inputs, expectation: expectation, seed: nil)
    }

    /// The stable ID of a coverage case: its kind and a hash of the operation, kind, target,
    /// expectation and value label.
    func coverageID(_ kind: CaseKind, target: JSONPointer, expectation: Expectation, label: String) -> String {
        kind.rawValue + "-"
            + StableHash.hex(StableHash.of(operation.id, kind.rawValue, target.description, expectation.idText, label))
    }

    /// Records a case that has passed its self-check; `request`, when given, is what goes on
    /// the wire instead of the rendered `inputs` (a malformed case's broken bytes).
    func record(
        id: String, _ kind: CaseKind, target: JSONPointer, inputs: RequestInputs, expectation: Expectation, seed: UInt64?,
        request: RequestParts? = nil
    ) {
        guard seenIDs.insert(id).inserted else { return }
        var testCase = makeCase(id: id, kind, target: target, inputs: inputs, expectation: expectation, seed: seed)
        if let request { testCase.request = request }
        cases.append(testCase)
    }

    /// The case with its request rendered.
    func makeCase(
        id: String, _ kind: CaseKind, target: JSONPointer, inputs: RequestInputs, expectation: Expectation,
        seed: UInt64?
    ) -> TestCase {
        TestCase(
            id: id, operationID: operation.id, kind: kind, pointer: target, expectation: expectation, seed: seed,
            inputs: inputs, request: render(inputs))
    }

    /// Records a `generate.unsatisfiable` warning, once per schema position and kind.
    func drop(_ kind: CaseKind, at target: JSONPointer, schema: DocumentPointer?, reason: String) {
        guard keepsDiagnostics else { return }
        let documents = generator.document.documents
        let place = schema.map(\.description) ?? operation.pointer.description
        guard reported.insert("\(place) \(kind.rawValue) \(reason)").inserted else { return }
        diagnostics.append(Diagnostic(
            .warning, "\(operation.id): dropped \(kind.rawValue) case at \(target): \(reason) (schema \(place))",
            code: "generate.unsatisfiable", at: documents.location(of: schema ?? operation.pointer)))
    }

    // MARK: Self-check

    /// Nil when `inputs` meets `expectation`, else why not. `only` limits validation to the
    /// part that changed (the rest is the baseline, already checked).
    func check(_ inputs: RequestInputs, expectation: Expectation, only changed: Part? = nil) -> String? {
        var parts: [Part] = parameters.map { .parameter($0.key) }
        if mediaType != nil { parts.append(.body) }
        if let changed { parts = [changed] }
        var failures: [SchemaFailure] = []
        for part in parts {
            let value: JSONValue?
            let required: Bool
            switch part {
            case .body:
                value = inputs.body
                required = operation.requestBody?.required ?? false
            case .parameter(let key):
                value = inputs.parameters[key]
                required = parameters.first { $0.key == key }?.parameter.required ?? false
            }
            guard let value else {
                if required { failures.append(SchemaFailure(keyword: "required", pointer: part.pointer)) }
                continue
            }
            guard let schema = schema(of: part) else { continue }
            if case .valid = expectation {
                if !generator.validator.accepts(value, against: schema) { return "the validator rejects the value" }
                continue
            }
            failures += generator.validator.failures(of: value, against: schema).map {
                SchemaFailure(keyword: $0.keyword, pointer: JSONPointer(tokens: part.pointer.tokens + $0.pointer.tokens))
            }
        }
        switch expectation {
        case .valid:
            return failures.isEmpty ? nil : "a required part is missing"
        case .invalid(let keyword, let pointer):
            if failures.isEmpty { return "the validator accepts the value" }
            if let other = failures.first(where: { $0.pointer != pointer }) {
                return "it also fails \(other.keyword) at \(other.pointer)"
            }
            if !failures.contains(where: { $0.keyword == keyword }) {
                return "it fails \(failures.map(\.keyword).joined(separator: ", ")) instead of \(keyword)"
            }
            return nil
        case .malformed:
            // Malformed bytes are no value the validator could judge; they are proved when made.
            return nil
        }
    }

    // MARK: Rendering

    /// The request as sent: path parameters substituted, query, headers, cookies, body.
    func render(_ inputs: RequestInputs) -> RequestParts {
        var pathValues: [String: String] = [:]
        var query: [RequestParts.QueryItem] = []
        var headers: [(name: String, value: String)] = []
        var cookies: [(name: String, value: String)] = []
        for (key, parameter) in parameters {
            guard let value = inputs.parameters[key] else { continue }
            switch key.location {
            case .path: pathValues[key.name] = ParameterSerializer.path(parameter, value)
            case .query: query += ParameterSerializer.query(parameter, value)
            case .header: headers.append((key.name, ParameterSerializer.header(parameter, value)))
            case .cookie: cookies.append((key.name, ParameterSerializer.cookie(parameter, value)))
            }
        }
        var parts = RequestParts(
            method: operation.method, path: pathTemplate.render(pathValues), query: query, headers: headers, cookies: cookies, body: nil,
            contentType: nil, jsonBody: nil)
        if let body = inputs.body, let mediaType {
            let encoded = BodyEncoder.encode(body, mediaType: mediaType, boundarySeed: operation.id)
            parts.body = encoded.bytes
            parts.contentType = encoded.contentType
            parts.headers.append(("Content-Type", encoded.contentType))
            if mediaType.isJSON { parts.jsonBody = body }
        }
        return parts
    }
}

extension Expectation {
    /// The expectation as case IDs hash it: the text `"\(expectation)"` gave when IDs were
    /// first published, spelled out so that it no longer goes through reflection.
    fileprivate var idText: String {
        switch self {
        case .valid: return "valid"
        case .invalid(let keyword, let pointer): return "invalid(keyword: \(keyword.debugDescription), pointer: \(pointer))"
        case .malformed(let malformation, let pointer, let mustReject):
            return "malformed(\(malformation.rawValue.debugDescription), pointer: \(pointer), mustReject: \(mustReject))"
        }
    }
}

extension RequestInputs {
    /// The value of one part.
    func value(of part: OperationCases.Part) -> JSONValue? {
        switch part {
        case .body: return body
        case .parameter(let key): return parameters[key]
        }
    }

    /// A copy with the value of one part replaced (nil removes it).
    func with(_ part: OperationCases.Part, _ value: JSONValue?) -> RequestInputs {
        var copy = self
        switch part {
        case .body: copy.body = value
        case .parameter(let key): copy.parameters[key] = value
        }
        return copy
    }
}
