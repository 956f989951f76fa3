extension DriftAnalysis {
    /// A witness for a schema finding at one place, or nil when no candidate tells the
    /// versions apart: a request value from the case generator when one of its cases proves
    /// the finding, else a value built by ``ExampleBuilder``.
    /// `tried` counts the distinct values checked against both versions.
    func witness(
        root: SchemaRoot, steps: [SchemaStep], candidates: [SchemaFinding.Candidate], tried: inout Int
    ) -> Witness? {
        if root.place.direction == .request,
            let witness = generatedWitness(root: root, steps: steps, candidates: candidates, tried: &tried)
        {
            return witness
        }
        return builtWitness(root: root, steps: steps, candidates: candidates, tried: &tried)
    }

    /// A request value among the generator's valid coverage cases of the old operation: one
    /// whose value at the finding's place is one of the finding's candidates, which the old
    /// version accepts and the new one rejects at that place (so the rejection is this
    /// finding's, not another change's in the same value).
    private func generatedWitness(
        root: SchemaRoot, steps: [SchemaStep], candidates: [SchemaFinding.Candidate], tried: inout Int
    ) -> Witness? {
        let words = root.place.subject.split(separator: " ").map(String.init)
        let part: JSONPointer
        var mediaType: String?
        if words.count == 3, words[0] == "request", words[1] == "body" {
            part = JSONPointer(tokens: ["body"])
            mediaType = words[2]
        } else if words.count == 3, words[1] == "parameter" {
            part = JSONPointer(tokens: [words[0], words[2]])
        } else {
            return nil
        }
        let shape = PathTemplate(root.place.path).shape
        guard let operation = old.document.operations.first(where: {
            $0.method == root.place.method && PathTemplate($0.path).shape == shape
        }) else { return nil }
        let at = JSONPointer(tokens: steps.compactMap(\.token))
        for testCase in validCases(operation) where mediaType == nil || testCase.inputs.mediaType == mediaType {
            guard let value = testCase.inputs.value(at: part), root.carriesNull || !value.isNull,
                let leaf = value[pointer: at], candidates.contains(where: { Self.realizes($0, leaf) })
            else { continue }
            tried += 1
            guard old.validator.isValid(value, against: root.old, direction: .request),
                root.parameters == nil
                    ? new.validator.validator.failures(of: value, against: root.new).contains(where: { $0.pointer.hasPrefix(at) })
                    : root.refuses(value, new)
            else { continue }
            return Witness(subject: root.place.subject, operation: root.place.operation, value: value)
        }
        return nil
    }

    /// The generator's valid coverage cases of an operation of the old version, in walk
    /// order (the baseline first).
    private func validCases(_ operation: Operation) -> [TestCase] {
        let key = "\(operation.method) \(operation.path)"
        if let cached = validCases[key] { return cached }
        let cases = old.generator.cases(for: operation).cases.filter(\.expectation.isValid)
        validCases[key] = cases
        return cases
    }

    /// True when a generated value is what `candidate` asks for. Candidates naming another
    /// schema's example are left to ``ExampleBuilder``.
    private static func realizes(_ candidate: SchemaFinding.Candidate, _ value: JSONValue) -> Bool {
        switch candidate {
        case .value(let expected):
            return value == expected
        case .example(let type, let length):
            if let type, JSONTypeSet(name: value.typeName).map({ type == .number ? $0 == .number : type.covers($0) }) != true {
                return false
            }
            guard let length else { return true }
            return value.stringValue?.count == length || value.arrayValue?.count == length
        case .omit(let name):
            return value.objectValue.map { $0[name] == nil } ?? false
        case .add(let name, let expected):
            return value[name] == expected
        case .exampleOf, .exampleOfAll, .exampleOfSetting:
            return false
        }
    }

    /// A witness built on the base side (old for requests, new for responses) along the
    /// finding's path, with each candidate placed at its end, for each ``ExampleBuilder/Variant``
    /// in turn (plain values, then the schemas' examples, then another branch); the first
    /// value that the base side accepts and the other side rejects is the witness. Each
    /// distinct value is validated once.
    private func builtWitness(
        root: SchemaRoot, steps: [SchemaStep], candidates: [SchemaFinding.Candidate], tried: inout Int
    ) -> Witness? {
        let direction = root.place.direction
        let base = direction == .request ? old : new
        let other = direction == .request ? new : old
        let baseRoot = direction == .request ? root.old : root.new
        let otherRoot = direction == .request ? root.new : root.old
        let start = base.normalizer.schema(at: baseRoot)
        var seen = Set<JSONValue>()
        for variant in ExampleBuilder.Variant.all {
            var builder = base.examples(direction)
            builder.variant = variant
            for candidate in candidates {
                let value = builder.instance(start, along: steps[...]) { schema in
                    Self.leaf(candidate, schema: schema, builder: builder)
                }
                guard let value, seen.insert(value).inserted, root.carriesNull || !value.isNull else { continue }
                tried += 1
                guard base.validator.isValid(value, against: baseRoot, direction: direction),
                    direction == .request ? root.refuses(value, other) : !other.validator.isValid(value, against: otherRoot, direction: direction)
                else { continue }
                return Witness(subject: root.place.subject, operation: root.place.operation, value: value)
            }
        }
        return nil
    }

    /// The value a candidate puts where the finding is.
    private static func leaf(_ candidate: SchemaFinding.Candidate, schema: NormalizedSchema, builder: ExampleBuilder) -> JSONValue? {
        switch candidate {
        case .value(let value):
            return value
        case .example(let type, let length):
            return builder.example(schema, type: type, length: length)
        case .exampleOf(let key):
            return leaf(.exampleOfAll([key]), schema: schema, builder: builder)
        case .exampleOfAll(let keys):
            var base = schema
            base.alternatives = []
            for key in keys { base = base.merged(with: builder.normalizer.schema(key), union: builder.normalizer.union) }
            return builder.example(base)
        case .exampleOfSetting(let key, let name, let value):
            guard var object = leaf(.exampleOf(key), schema: schema, builder: builder)?.objectValue else { return nil }
            object[name] = value
            return .object(object)
        case .omit(let name):
            guard var object = builder.example(schema, type: .object).objectValue else { return nil }
            object[name] = nil
            return .object(object)
        case .add(let name, let value):
            guard var object = builder.example(schema, type: .object).objectValue else { return nil }
            object[name] = value
            return .object(object)
        }
    }

    /// A request the old operation accepts: required parameters and, when required or asked
    /// for, a body in `mediaType`. The generator's first valid case of that shape when it has
    /// one (its bodies are in one media type, JSON first), else one built by ``ExampleBuilder``.
    func sampleRequest(_ operation: Operation, mediaType: MediaType? = nil) -> JSONObject {
        let bodyRequired = operation.requestBody?.required == true
        let generated = validCases(operation).first { testCase in
            if let mediaType { return testCase.inputs.body != nil && testCase.inputs.mediaType == mediaType.name }
            return (testCase.inputs.body != nil) == bodyRequired
        }
        if let generated { return Self.describe(generated.inputs) }
        var request = JSONObject()
        var parameters = JSONObject()
        let builder = old.examples(.request)
        for parameter in operation.parameters where parameter.required && parameter.location != .path {
            let value = parameter.schema.map { builder.example(old.normalizer.schema(at: $0)) } ?? "x"
            var group = parameters[parameter.location.rawValue]?.objectValue ?? JSONObject()
            group[parameter.name] = value
            parameters[parameter.location.rawValue] = .object(group)
        }
        if !parameters.isEmpty { request["parameters"] = .object(parameters) }
        let media = mediaType ?? (bodyRequired ? operation.requestBody?.content.first : nil)
        if let media {
            request["contentType"] = .string(media.name)
            request["body"] = media.schema.map { builder.example(old.normalizer.schema(at: $0)) } ?? "x"
        }
        return request
    }

    /// A generated request as ``WitnessValidator`` describes requests (path parameters are
    /// part of the URL and left out).
    private static func describe(_ inputs: RequestInputs) -> JSONObject {
        var request = JSONObject()
        var parameters = JSONObject()
        for (key, value) in inputs.parameters.sorted(by: { $0.key < $1.key }) where key.location != .path {
            var group = parameters[key.location.rawValue]?.objectValue ?? JSONObject()
            group[key.name] = value
            parameters[key.location.rawValue] = .object(group)
        }
        if !parameters.isEmpty { request["parameters"] = .object(parameters) }
        if let body = inputs.body {
            request["contentType"] = inputs.mediaType.map(JSONValue.string)
            request["body"] = body
        }
        return request
    }

    /// A response the base operation documents for `status`, with its required headers and a body.
    func sampleResponse(_ response: Response, status: Int, side: Side) -> JSONObject {
        var result = JSONObject([("status", .number(JSONNumber(status)))])
        let builder = side.examples(.response)
        var headers = JSONObject()
        for header in response.headers where header.required {
            headers[header.name] = header.schema.map { builder.example(side.normalizer.schema(at: $0)) } ?? "x"
        }
        if !headers.isEmpty { result["headers"] = .object(headers) }
        if let media = response.content.first {
            result["contentType"] = .string(media.name)
            result["body"] = media.schema.map { builder.example(side.normalizer.schema(at: $0)) } ?? "x"
        }
        return result
    }
}
