/// Draws values that satisfy a schema: the baseline (deterministic, examples first) and
/// random values (from a seeded generator).
///
/// One generator serves one operation at a time; it caches what it reads from the schemas.
final class ValueGenerator {
    let documents: DocumentSet
    let version: OpenAPIVersion
    let validator: any CaseValidating
    /// How deep objects and arrays nest before generation stops adding optional content.
    let maxDepth: Int
    private var factsCache: [DocumentPointer: SchemaFacts] = [:]
    private var patternCache: [String: PatternGenerator?] = [:]
    private var baselineCache: [DocumentPointer: JSONValue?] = [:]
    /// The innermost schema whose baseline could not be made since the last
    /// ``clearUnsatisfied()``: the position a dropped case's reason names.
    private(set) var unsatisfied: DocumentPointer?

    init(documents: DocumentSet, version: OpenAPIVersion, validator: any CaseValidating, maxDepth: Int) {
        self.documents = documents
        self.version = version
        self.validator = validator
        self.maxDepth = maxDepth
    }

    func facts(_ pointer: DocumentPointer) -> SchemaFacts {
        if let cached = factsCache[pointer] { return cached }
        let facts = SchemaFacts.read(pointer, in: documents, version: version)
        factsCache[pointer] = facts
        return facts
    }

    func pattern(_ text: String) -> PatternGenerator? {
        if let cached = patternCache[text] { return cached }
        let generator = PatternGenerator(text)
        patternCache[text] = generator
        return generator
    }

    /// The baseline value: `const`, the first enum value, `example`, `examples`, `default`
    /// when the validator accepts them, else a generated value; nil when none can be made.
    func baseline(_ schema: DocumentPointer, depth: Int = 0) -> JSONValue? {
        if let cached = baselineCache[schema] { return cached }
        let facts = facts(schema)
        var candidates = facts.examples
        if let values = facts.enumValues { candidates.insert(contentsOf: values.filter { !$0.isNull }, at: 0) }
        if let value = facts.constValue { candidates.insert(value, at: 0) }
        let value = candidates.first { validator.accepts($0, against: schema) } ?? synthesized(facts, schema, depth: depth)
        baselineCache[schema] = .some(value)
        // Inner baselines fail first, so the first one recorded is the innermost.
        if value == nil, unsatisfied == nil { unsatisfied = schema }
        return value
    }

    /// Forgets ``unsatisfied`` before a new value is made.
    func clearUnsatisfied() { unsatisfied = nil }

    /// A generated baseline the validator accepts, or none.
    private func synthesized(_ facts: SchemaFacts, _ schema: DocumentPointer, depth: Int) -> JSONValue? {
        var none: SplitMix64? = nil
        guard let made = synthesize(facts, depth: depth, rng: &none), validator.accepts(made, against: schema) else {
            return nil
        }
        return made
    }

    /// A random value; nil when none can be made.
    func random(_ schema: DocumentPointer, rng: inout SplitMix64, depth: Int = 0) -> JSONValue? {
        var generator: SplitMix64? = rng
        defer { rng = generator! }
        return synthesize(facts(schema), depth: depth, rng: &generator)
    }

    /// A value of the position's merged schema (or of one of its branches).
    func synthesize(_ facts: SchemaFacts, depth: Int, rng: inout SplitMix64?) -> JSONValue? {
        guard facts.satisfiable, depth <= maxDepth * 2 else { return nil }
        if let value = facts.constValue { return value }
        if let values = facts.enumValues?.filter({ !$0.isNull }), !values.isEmpty {
            guard var generator = rng else { return values[0] }
            defer { rng = generator }
            return values[Int(generator.below(UInt64(values.count)))]
        }
        if facts.types?.isEmpty == true {
            guard facts.nullable else { return nil }
            return .null
        }
        if !facts.branches.isEmpty {
            var index = 0
            if var generator = rng {
                index = Int(generator.below(UInt64(facts.branches.count)))
                rng = generator
            }
            let branch = facts.branches[index]
            let drawn = rng == nil ? baseline(branch, depth: depth + 1) : randomValue(branch, depth: depth + 1, rng: &rng)
            let value = drawn.map { discriminated($0, facts, branch: index) }
            // Members the position itself declares join the branch's object.
            if case .object(var members)? = value, facts.preferredTypes.first == "object", !facts.properties.isEmpty,
                case .object(let own)? = object(facts, depth: depth, rng: &rng)
            {
                for (key, member) in own where members[key] == nil { members[key] = member }
                return .object(members)
            }
            return value
        }
        var types = facts.preferredTypes
        if var generator = rng, types.count > 1 {
            types = [types[Int(generator.below(UInt64(types.count)))]]
            rng = generator
        }
        switch types.first {
        case "object": return object(facts, depth: depth, rng: &rng)
        case "array": return array(facts, depth: depth, rng: &rng)
        case "string": return string(facts, rng: &rng).map(JSONValue.string)
        case "integer": return number(facts, integer: true, rng: &rng).map(JSONValue.number)
        case "number": return number(facts, integer: facts.types?.contains("integer") == true && facts.types?.contains("number") == false, rng: &rng).map(JSONValue.number)
        case "boolean":
            guard var generator = rng else { return .bool(true) }
            defer { rng = generator }
            return .bool(generator.below(2) == 1)
        default:
            guard facts.nullable else { return nil }
            return .null
        }
    }

    /// `value`, a value of branch `index`, with the discriminator property set to the
    /// branch's discriminator value, unless the branch then rejects it.
    func discriminated(_ value: JSONValue, _ facts: SchemaFacts, branch index: Int) -> JSONValue {
        guard let name = facts.discriminator, index < facts.discriminatorValues.count,
            let key = facts.discriminatorValues[index], case .object(var members) = value, members[name] != .string(key)
        else { return value }
        members[name] = .string(key)
        let tagged = JSONValue.object(members)
        return validator.accepts(tagged, against: facts.branches[index]) ? tagged : value
    }

    private func randomValue(_ schema: DocumentPointer, depth: Int, rng: inout SplitMix64?) -> JSONValue? {
        synthesize(facts(schema), depth: depth, rng: &rng)
    }

    /// The value of one property: the merged facts of every schema that constrains it.
    func property(_ schemas: [DocumentPointer], depth: Int, rng: inout SplitMix64?) -> JSONValue? {
        guard rng != nil || schemas.count > 1 else { return baseline(schemas[0], depth: depth) }
        var value = randomValue(schemas[0], depth: depth, rng: &rng)
        if value.map({ candidate in schemas.allSatisfy { validator.accepts(candidate, against: $0) } }) != true {
            value = baseline(schemas[0], depth: depth)
        }
        return value
    }

    /// True when a property may be sent in a request (`readOnly` ones may not).
    func isWritable(_ schemas: [DocumentPointer]) -> Bool {
        !schemas.contains { facts($0).readOnly }
    }

    private func object(_ facts: SchemaFacts, depth: Int, rng: inout SplitMix64?) -> JSONValue? {
        var members = JSONObject()
        for (name, schemas) in facts.properties where isWritable(schemas) {
            var include = facts.required.contains(name) || facts.discriminator == name
            if !include, var generator = rng, depth < maxDepth {
                include = generator.below(2) == 1
                rng = generator
            }
            guard include else { continue }
            guard let value = property(schemas, depth: depth + 1, rng: &rng) else { return nil }
            members[name] = value
        }
        // Required names without a declared schema take any value.
        for name in facts.required where members[name] == nil && !facts.properties.contains(where: { $0.name == name }) {
            guard !facts.additionalClosed else { return nil }
            members[name] = .string("value")
        }
        for (name, schemas) in facts.properties where members.count < (facts.minProperties ?? 0) && members[name] == nil {
            guard isWritable(schemas), let value = property(schemas, depth: depth + 1, rng: &rng) else { continue }
            members[name] = value
        }
        // Maps (tags, metadata) reach `minProperties` with members of their own schema.
        var index = 0
        while members.count < (facts.minProperties ?? 0), !facts.additionalClosed, index < 1000 {
            index += 1
            let name = "key\(index)"
            guard members[name] == nil else { continue }
            if facts.additional.isEmpty {
                members[name] = .string("value")
            } else {
                guard let value = property(facts.additional, depth: depth + 1, rng: &rng) else { return nil }
                members[name] = value
            }
        }
        return .object(members)
    }

    private func array(_ facts: SchemaFacts, depth: Int, rng: inout SplitMix64?) -> JSONValue? {
        let low = max(facts.minItems ?? 0, facts.prefixItems.count)
        let high = facts.maxItems ?? Int.max
        guard low <= high else { return nil }
        var count = min(max(low, depth < maxDepth ? 1 : 0), high)
        if var generator = rng {
            count = low + Int(generator.below(UInt64(min(high - low, depth < maxDepth ? 3 : 0) + 1)))
            rng = generator
        }
        var elements: [JSONValue] = []
        for index in 0..<count {
            let schema = index < facts.prefixItems.count ? facts.prefixItems[index] : facts.items.first
            guard let schema else {
                elements.append(.string("item\(index)"))
                continue
            }
            var element: JSONValue?
            if facts.uniqueItems && index > 0 {
                // Distinct elements: draw with a generator seeded by the position.
                var seeded: SplitMix64? = rng ?? SplitMix64(seed: UInt64(index))
                for _ in 0..<8 where element == nil || elements.contains(element!) {
                    element = randomValue(schema, depth: depth + 1, rng: &seeded)
                }
                if rng != nil { rng = seeded }
                if let element, elements.contains(element) { return nil }
            } else {
                element = rng == nil ? baseline(schema, depth: depth + 1) : randomValue(schema, depth: depth + 1, rng: &rng)
            }
            guard let element else { return nil }
            elements.append(element)
        }
        return .array(elements)
    }

    private func string(_ facts: SchemaFacts, rng: inout SplitMix64?) -> String? {
        let low = facts.minLength ?? 0
        let high = facts.maxLength ?? Int.max
        guard low <= high else { return nil }
        if let text = facts.pattern {
            guard let pattern = self.pattern(text) else { return nil }
            // A format's own example when it matches too (a uuid pattern on a uuid format).
            if let format = facts.format, let example = FormatExamples.strings[format]?.first,
                pattern.matches(example), (low...high).contains(example.unicodeScalars.count)
            {
                return example
            }
            return pattern.string(using: &rng, lengths: low...high)
        }
        if let format = facts.format, let example = FormatExamples.example(format, rng: &rng) {
            return example
        }
        guard var generator = rng else { return StringFill.text(length: min(max(low, 6), high)) }
        defer { rng = generator }
        let length = low + Int(generator.below(UInt64(min(high - low, 16) + 1)))
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<length).map { _ in alphabet[Int(generator.below(UInt64(alphabet.count)))] })
    }

    /// A number inside the bounds (and a multiple of `multipleOf`); near zero by preference.
    private func number(_ facts: SchemaFacts, integer: Bool, rng: inout SplitMix64?) -> JSONNumber? {
        let range = NumberRange(facts, integer: integer)
        guard var generator = rng else { return range.preferred() }
        defer { rng = generator }
        return range.random(using: &generator)
    }
}

/// Filler text of an exact length for string cases.
enum StringFill {
    static func text(length: Int) -> String {
        let source = length <= common.utf8.count ? common : String(repeating: "string", count: length / 6 + 1)
        return String(decoding: source.utf8.prefix(length), as: UTF8.self)
    }

    /// Enough for the common limits (Stripe's maxLength is 5000 on most strings), made once.
    private static let common = String(repeating: "string", count: 1400)
}
