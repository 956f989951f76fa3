/// Builds small valid values of drift's normalized schemas: the witnesses the case generator
/// cannot give. Request witnesses come from the generator's coverage cases first (see
/// ``DriftAnalysis/witness(root:steps:candidates:)``); this builder stays for what those
/// cases do not hold:
/// - response values: the generator makes requests only (it leaves `readOnly` properties out
///   and checks in the request direction), so a response with a required `readOnly` member
///   has no generated value;
/// - values along a path the generator's baseline does not take: into an optional property it
///   leaves out, an `anyOf`/`oneOf` branch other than the first, an `additionalProperties`
///   member, on drift's merge of a schema with one branch;
/// - leaves no valid case carries: a value of a type the baseline does not pick (the removed
///   type of a narrowed type list), a string or array of an exact length in a schema without
///   that bound, an example of a removed branch;
/// - bodies in a media type other than the generator's (it sends JSON first).
///
/// It takes the first enum value, the lowest allowed number, the shortest string, required
/// properties only. The validator, not this builder, decides whether a witness holds.
struct ExampleBuilder {
    let normalizer: SchemaNormalizer
    let direction: MessageDirection

    /// Deep enough for real documents; recursive schemas stop here with an empty value.
    private static let maxDepth = 12

    /// A value of `schema` in which the steps lead somewhere, with `leaf` placed at their end.
    func instance(
        _ schema: NormalizedSchema, along steps: ArraySlice<SchemaStep>, leaf: (NormalizedSchema) -> JSONValue?
    ) -> JSONValue? {
        guard let step = steps.first else { return leaf(schema) }
        let rest = steps.dropFirst()
        switch step {
        case .property(let name):
            guard let key = schema.property(name), var object = example(schema, type: .object).objectValue,
                let child = instance(normalizer.schema(key), along: rest, leaf: leaf)
            else { return nil }
            object[name] = child
            return .object(object)
        case .additionalProperty:
            guard var object = example(schema, type: .object).objectValue else { return nil }
            let id: Int
            if case .schema(let additional) = schema.additional { id = additional } else { id = normalizer.anything }
            guard let child = instance(normalizer.schema(id), along: rest, leaf: leaf) else { return nil }
            object[SchemaStep.unlistedProperty] = child
            return .object(object)
        case .items:
            let items = normalizer.schema(schema.items ?? normalizer.anything)
            guard let child = instance(items, along: rest, leaf: leaf) else { return nil }
            let count = max(1, schema.minItems ?? 0)
            return .array([child] + Array(repeating: example(items), count: count - 1))
        case .alternative(let group, let old, let new):
            guard group < schema.alternatives.count else { return nil }
            let branches = schema.alternatives[group].branches
            let index = direction == .request ? old : new  // the base side: old for requests, new for responses
            guard index < branches.count else { return nil }
            var base = schema
            base.alternatives.remove(at: group)
            return instance(base.merged(with: normalizer.schema(branches[index]), union: normalizer.union), along: rest, leaf: leaf)
        }
    }

    /// A small valid value of `schema`; `type` and `length` force a type and a string or array length.
    func example(_ schema: NormalizedSchema, type: JSONTypeSet? = nil, length: Int? = nil, depth: Int = 0) -> JSONValue {
        if type == nil, let group = schema.alternatives.first, let branch = group.branches.first {
            var base = schema
            base.alternatives.removeFirst()
            return example(base.merged(with: normalizer.schema(branch), union: normalizer.union), length: length, depth: depth + 1)
        }
        if length == nil, let values = schema.nonNullEnum,
            let value = values.first(where: { type == nil || type!.covers(JSONTypeSet(name: $0.typeName) ?? []) })
        {
            return value
        }
        switch type ?? preferredType(schema) {
        case .object:
            var object = JSONObject()
            guard depth < Self.maxDepth else { return .object(object) }
            for name in schema.required {
                let child = schema.property(name).map { normalizer.schema($0) }
                if let child, direction == .request ? child.readOnly : child.writeOnly { continue }
                object[name] = child.map { example($0, depth: depth + 1) } ?? "x"
            }
            return .object(object)
        case .array:
            let count = length ?? schema.minItems ?? 0
            guard count > 0, depth < Self.maxDepth else { return [] }
            let item = example(normalizer.schema(schema.items ?? normalizer.anything), depth: depth + 1)
            return .array(Array(repeating: item, count: count))
        case .string:
            if let length { return .string(String(repeating: "a", count: length)) }
            if let format = schema.format, let sample = Self.formatSamples[format] { return .string(sample) }
            let count = min(max(schema.minLength ?? 1, 1), schema.maxLength ?? Int.max)
            return .string(String(repeating: "a", count: count))
        case .integer:
            return .number(number(schema, step: 1))
        case .number:
            // A forced `number` wants a value that is not also an integer.
            let value = number(schema, step: JSONNumber(0.5))
            let fraction = value + JSONNumber(0.5)
            if type == .number, value.isInteger, schema.maximum.map({ fraction < $0.value }) ?? true {
                return .number(fraction)
            }
            return .number(value)
        case .boolean:
            return true
        default:
            return .null
        }
    }

    /// The type an example takes when none is forced.
    private func preferredType(_ schema: NormalizedSchema) -> JSONTypeSet {
        if let types = schema.types {
            return JSONTypeSet.ordered.first { types.contains($0.0) && $0.0 != .null }?.0 ?? .null
        }
        if !schema.properties.isEmpty || !schema.required.isEmpty { return .object }
        if schema.items != nil { return .array }
        if schema.minimum != nil || schema.maximum != nil { return .number }
        return .string
    }

    /// Zero, moved inside the bounds; a multiple of `multipleOf` when one is set.
    private func number(_ schema: NormalizedSchema, step: JSONNumber) -> JSONNumber {
        var value: JSONNumber = 0
        if let minimum = schema.minimum, value < minimum.value || (value == minimum.value && minimum.exclusive) {
            value = minimum.exclusive ? minimum.value + step : minimum.value
        }
        if let maximum = schema.maximum, value > maximum.value || (value == maximum.value && maximum.exclusive) {
            value = maximum.exclusive ? maximum.value - step : maximum.value
        }
        if let multiple = schema.multipleOf, !value.isMultiple(of: multiple) { value = multiple }
        return value
    }

    private static let formatSamples: [String: String] = [
        "date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "time": "00:00:00Z",
        "uuid": "00000000-0000-4000-8000-000000000000", "email": "a@example.com", "uri": "https://example.com",
        "url": "https://example.com", "hostname": "example.com", "ipv4": "127.0.0.1", "ipv6": "::1",
    ]
}
