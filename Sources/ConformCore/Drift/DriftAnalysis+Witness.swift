extension DriftAnalysis {
    /// A witness for a schema finding at one place, or nil when no candidate tells the
    /// versions apart.
    ///
    /// The value is built on the base side (old for requests, new for responses) along the
    /// finding's path, with each candidate placed at its end; the first value that the base
    /// side accepts and the other side rejects is the witness.
    func witness(root: SchemaRoot, steps: [SchemaStep], candidates: [SchemaFinding.Candidate]) -> Witness? {
        let direction = root.place.direction
        let base = direction == .request ? old : new
        let other = direction == .request ? new : old
        let baseRoot = direction == .request ? root.old : root.new
        let otherRoot = direction == .request ? root.new : root.old
        let builder = base.examples(direction)
        let start = base.normalizer.schema(at: baseRoot)
        for candidate in candidates {
            let value = builder.instance(start, along: steps[...]) { schema in
                Self.leaf(candidate, schema: schema, builder: builder)
            }
            guard let value, root.carriesNull || !value.isNull,
                base.validator.isValid(value, against: baseRoot, direction: direction),
                !other.validator.isValid(value, against: otherRoot, direction: direction)
            else { continue }
            return Witness(subject: root.place.subject, operation: root.place.operation, value: value)
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
            var base = schema
            base.alternatives = []
            return builder.example(base.merged(with: builder.normalizer.schema(key), union: builder.normalizer.union))
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

    /// A request the base operation accepts: required parameters and, when required or
    /// asked for, a body in `mediaType` (the first one by default).
    func sampleRequest(_ operation: Operation, side: Side, mediaType: MediaType? = nil) -> JSONObject {
        var request = JSONObject()
        var parameters = JSONObject()
        let builder = side.examples(.request)
        for parameter in operation.parameters where parameter.required && parameter.location != .path {
            let value = parameter.schema.map { builder.example(side.normalizer.schema(at: $0)) } ?? "x"
            var group = parameters[parameter.location.rawValue]?.objectValue ?? JSONObject()
            group[parameter.name] = value
            parameters[parameter.location.rawValue] = .object(group)
        }
        if !parameters.isEmpty { request["parameters"] = .object(parameters) }
        let media = mediaType ?? (operation.requestBody?.required == true ? operation.requestBody?.content.first : nil)
        if let media {
            request["contentType"] = .string(media.name)
            request["body"] = media.schema.map { builder.example(side.normalizer.schema(at: $0)) } ?? "x"
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
