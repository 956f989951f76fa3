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
/// It takes the first enum value, the lowest allowed number, a string that fits the
/// schema's pattern, format and lengths (the generator's ``PatternGenerator`` and
/// ``FormatExamples``), required properties only. A ``Variant`` starts from the schemas'
/// `example`/`examples`/`default` or takes another `anyOf`/`oneOf` branch, for the witness
/// search to try in turn. The validator, not this builder, decides whether a witness holds.
struct ExampleBuilder {
    /// One way of choosing among a schema's valid values.
    struct Variant: Hashable {
        /// Take a schema's first `example`/`examples`/`default` of an admitted type.
        var examples = false
        /// The `anyOf`/`oneOf` branch taken where the path does not choose one (modulo the count).
        var branch = 0

        /// The variants the witness search tries, plainest first.
        static let all: [Variant] = [
            Variant(), Variant(examples: true), Variant(branch: 1), Variant(examples: true, branch: 1),
        ]

        /// What the search tried, for a refactor's reason.
        static let description = "plain values and the schemas' examples, the first and second anyOf/oneOf branch"
    }

    let normalizer: SchemaNormalizer
    let direction: MessageDirection
    var variant = Variant()

    /// Random pattern strings drawn, after the shortest, to meet a length bound.
    private static let patternDraws: UInt64 = 16

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
            // The base side: old for requests, new for responses.
            return branch(schema, group: group, index: direction == .request ? old : new, along: rest, leaf: leaf)
        case .wrapped(let group, let index, let inOld):
            // Only the side with the list steps into it.
            guard inOld == (direction == .request) else { return instance(schema, along: rest, leaf: leaf) }
            return branch(schema, group: group, index: index, along: rest, leaf: leaf)
        }
    }

    /// ``instance(_:along:leaf:)`` in branch `index` of group `group`, merged with the rest of `schema`.
    private func branch(
        _ schema: NormalizedSchema, group: Int, index: Int, along steps: ArraySlice<SchemaStep>,
        leaf: (NormalizedSchema) -> JSONValue?
    ) -> JSONValue? {
        guard group < schema.alternatives.count, index < schema.alternatives[group].branches.count else { return nil }
        var base = schema
        base.alternatives.remove(at: group)
        let branch = normalizer.schema(schema.alternatives[group].branches[index])
        return instance(base.merged(with: branch, union: normalizer.union), along: steps, leaf: leaf)
    }

    /// A small valid value of `schema`; `type` and `length` force a type and a string or array length.
    func example(_ schema: NormalizedSchema, type: JSONTypeSet? = nil, length: Int? = nil, depth: Int = 0) -> JSONValue {
        if type == nil, let group = schema.alternatives.first, !group.branches.isEmpty {
            var base = schema
            base.alternatives.removeFirst()
            let branch = group.branches[variant.branch % group.branches.count]
            return example(base.merged(with: normalizer.schema(branch), union: normalizer.union), length: length, depth: depth + 1)
        }
        if variant.examples, type == nil, length == nil, let value = schema.examples.first(where: { value in
            JSONTypeSet(name: value.typeName).map(schema.admits) == true && schema.nonNullEnum.map { $0.contains(value) } != false
        }) {
            return value
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
            return .string(string(schema, length: length))
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

    /// A string of `schema`, of exactly `length` characters when given: the pattern's
    /// shortest match or one of a few seeded draws that fits the lengths, else the format's
    /// example, else filler.
    private func string(_ schema: NormalizedSchema, length: Int?) -> String {
        let low = length ?? schema.minLength ?? 0
        let high = length ?? schema.maxLength ?? Int.max
        let fits = { (text: String) in (low...max(low, high)).contains(text.count) }
        if let pattern = schema.pattern, let generator = PatternGenerator(pattern) {
            var shortest: SplitMix64? = nil
            if let text = generator.string(using: &shortest), fits(text) { return text }
            for seed in 1...Self.patternDraws {
                var rng: SplitMix64? = SplitMix64(seed: seed)
                if let text = generator.string(using: &rng), fits(text) { return text }
            }
        }
        var first: SplitMix64? = nil
        if let format = schema.format, let sample = FormatExamples.example(format, rng: &first), fits(sample) {
            return sample
        }
        return String(repeating: "a", count: length ?? min(max(low, 1), high))
    }
}
