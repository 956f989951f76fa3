/// Malformed cases: the baseline request broken below the level of the schema, each proved
/// broken without the validator. A body must fail ``JSONBodyParser``; a header value holds a
/// byte RFC 9110 §5.5 forbids; a URL parameter holds a byte that is not UTF-8 or a control
/// character; `Authorization` is present but unreadable.
extension OperationCases {
    /// The body malformations, in case order.
    static let bodyMalformations: [Malformation] = [
        .truncatedJSON, .trailingComma, .bareWord, .emptyBody, .undeclaredMediaType, .invalidUTF8, .loneSurrogate, .nul,
        .deepNesting, .longString,
    ]
    /// The control characters added to parameter values.
    static let controlCharacters: [Malformation] = [.carriageReturn, .lineFeed, .nul, .delete]
    /// Nesting deeper than this proves nothing more: every recursive parser has given up long before.
    static let deepestNesting = 10_000

    func malformed() {
        guard let baseline else { return }
        if let mediaType, mediaType.isJSON, let body = baseline.body { malformedBodies(body, baseline: baseline, mediaType: mediaType) }
        for (key, parameter) in parameters { malformedValues(of: key, parameter, baseline: baseline) }
        malformedAuthorization(baseline)
    }

    /// Records a malformed case whose request is `request` (the rendered `inputs`, broken).
    private func recordMalformed(
        _ malformation: Malformation, at target: JSONPointer, mustReject: Bool, inputs: RequestInputs, request: RequestParts
    ) {
        let expectation = Expectation.malformed(malformation, pointer: target, mustReject: mustReject)
        let id = coverageID(.malformed, target: target, expectation: expectation, label: "")
        record(id: id, .malformed, target: target, inputs: inputs, expectation: expectation, seed: nil, request: request)
    }

    // MARK: Bodies

    private func malformedBodies(_ body: JSONValue, baseline: RequestInputs, mediaType: MediaType) {
        let declared = Set((operation.requestBody?.content ?? []).map(\.essence))
        for malformation in Self.bodyMalformations {
            if malformation == .emptyBody, operation.requestBody?.required != true { continue }
            var contentType = mediaType.name
            if malformation == .undeclaredMediaType {
                guard let other = ["application/xml", "text/xml"].first(where: { !declared.contains($0) }) else { continue }
                contentType = other
            }
            let bytes = MalformedBody.bytes(malformation, body: body, size: bodySize(of: malformation))
            guard (try? JSONBodyParser.parse(bytes)) == nil else {
                drop(.malformed, at: Part.body.pointer, schema: mediaType.schema, reason: "the \(malformation.rawValue) body is JSON")
                continue
            }
            recordMalformed(
                malformation, at: Part.body.pointer, mustReject: true, inputs: baseline,
                request: withBody(bytes, contentType: contentType, render(baseline)))
        }
    }

    /// The depth or length of a sized body malformation: as large as the request size limit allows.
    private func bodySize(of malformation: Malformation) -> Int {
        let limit = generator.options.maxRequestBody
        switch malformation {
        case .deepNesting: return max(MalformedBody.smallestSize, min(Self.deepestNesting, (limit + 1) / 2))
        case .longString: return max(MalformedBody.smallestSize, limit - 1)
        default: return 0
        }
    }

    /// `request` with its body bytes and `Content-Type` replaced.
    private func withBody(_ bytes: [UInt8], contentType: String, _ request: RequestParts) -> RequestParts {
        var request = request
        request.body = bytes
        request.jsonBody = nil
        request.contentType = contentType
        request.headers = request.headers.map { $0.name == "Content-Type" ? ($0.name, contentType) : $0 }
        return request
    }

    // MARK: Parameters

    private func malformedValues(of key: ParameterKey, _ parameter: Parameter, baseline: RequestInputs) {
        let part = Part.parameter(key)
        let text = baseline.parameters[key].flatMap { value in
            value.arrayValue == nil && value.objectValue == nil ? ParameterSerializer.text(value) : nil
        } ?? "conform"
        for malformation in Self.controlCharacters {
            let value = JSONValue.string(text + String(malformation.controlCharacter!))
            let inputs = baseline.with(part, value)
            // RFC 9110 forbids the byte in any header; in a URL it is legal percent-encoded
            // text, which the document may still accept.
            let mustReject: Bool
            switch key.location {
            case .header, .cookie: mustReject = true
            case .path, .query: mustReject = schema(of: part).map { !generator.validator.accepts(value, against: $0) } ?? false
            }
            recordMalformed(malformation, at: key.pointer, mustReject: mustReject, inputs: inputs, request: render(inputs))
        }
        guard key.location == .path || key.location == .query else { return }
        // A String cannot hold a byte that is not UTF-8: render a marker, then put `%FF` there.
        let inputs = baseline.with(part, .string(MalformedBody.marker))
        var request = render(inputs)
        let broken = "conform%FF"
        request.path = request.path.replacing(MalformedBody.marker, with: broken)
        request.query = request.query.map { .init(name: $0.name, value: $0.value.replacing(MalformedBody.marker, with: broken)) }
        recordMalformed(.invalidUTF8, at: key.pointer, mustReject: true, inputs: inputs, request: request)
    }

    // MARK: Credentials

    /// `Authorization` present but malformed. The server must refuse it where every way to
    /// call the operation needs an `http` scheme's credentials; elsewhere it may ignore it.
    private func malformedAuthorization(_ baseline: RequestInputs) {
        let schemes = generator.document.securitySchemes
        let httpSchemes = operation.security.map { requirement in
            requirement.schemes.compactMap { entry -> String? in
                if case .http(let name)? = schemes[entry.name]?.kind { return name }
                return nil
            }
        }
        let mustReject = operation.requiresAuthentication && httpSchemes.allSatisfy { !$0.isEmpty }
        let word = httpSchemes.first?.first.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "Bearer"
        let values: [(Malformation, String)] = [
            (.authorizationScheme, "Conform conform-token"),
            (.authorizationWithoutToken, word),
            (.authorizationTokenWithSpaces, "\(word) conform token with spaces"),
        ]
        let target = JSONPointer(tokens: [ParameterLocation.header.rawValue, "Authorization"])
        for (malformation, value) in values {
            var request = render(baseline)
            request.headers.append(("Authorization", value))
            recordMalformed(malformation, at: target, mustReject: mustReject, inputs: baseline, request: request)
        }
    }

    // MARK: Shrinking

    /// The smallest depth or length of a sized body malformation that still satisfies
    /// `predicate`, found by bisection; other malformed cases come back unchanged.
    func shrinkMalformed(_ testCase: TestCase, while predicate: (TestCase) async -> Bool) async -> TestCase {
        guard case .malformed(let malformation, _, _) = testCase.expectation, let bytes = testCase.request.body,
            let size = MalformedBody.size(of: malformation, bytes: bytes)
        else { return testCase }
        let body = testCase.inputs.body ?? .null
        func sized(_ size: Int) -> TestCase {
            var candidate = testCase
            candidate.request.body = MalformedBody.bytes(malformation, body: body, size: size)
            return candidate
        }
        var failing = (size: size, testCase: testCase)
        var passing = MalformedBody.smallestSize - 1
        while failing.size - passing > 1 {
            let middle = (failing.size + passing) / 2
            let candidate = sized(middle)
            if await predicate(candidate) { failing = (middle, candidate) } else { passing = middle }
        }
        return failing.testCase
    }
}
