/// Coverage cases: each changes one thing in the baseline request.
extension OperationCases {
    /// Formats the validator asserts, so a string outside them is provably invalid.
    static let assertedFormats: Set<String> = [
        "date-time", "date", "time", "email", "uuid", "uri", "uri-reference", "ipv4", "ipv6", "hostname",
    ]

    /// Where a walk stands: the part, the whole value of the part with the position filled
    /// in, and the failure a surrounding `oneOf`/`anyOf` reports instead of inner ones.
    struct Position {
        var part: OperationCases.Part
        var context: JSONValue
        var pointer: JSONPointer
        var depth: Int
        var stack: [DocumentPointer]
        var swallow: SchemaFailure?

        var target: JSONPointer { JSONPointer(tokens: part.pointer.tokens + pointer.tokens) }
    }

    func coverage() {
        guard let baseline else { return }
        // Self-checked when it was made.
        record(id: coverageID(.baseline, target: .root, expectation: .valid, label: ""), .baseline, target: .root,
            inputs: baseline, expectation: .valid, seed: nil)
        for (key, parameter) in parameters {
            let part = Part.parameter(key)
            if parameter.required {
                // A path without its parameter is another route, not a missing parameter.
                if key.location != .path {
                    emit(.requiredMissing, target: key.pointer, inputs: baseline.with(part, nil),
                        expectation: .invalid(keyword: "required", pointer: key.pointer), changed: part,
                        schema: parameter.schema, label: "")
                }
            }
            guard let schema = parameter.schema else { continue }
            guard let value = baseline.parameters[key] ?? values.baseline(schema) else {
                drop(.baseline, at: key.pointer, schema: schema, reason: "no valid value for the parameter")
                continue
            }
            let position = Position(part: part, context: value, pointer: .root, depth: 0, stack: [], swallow: nil)
            walk(schema, at: position, inputs: baseline.with(part, value))
            documentedExamples(of: part, schema: schema)
        }
        guard let mediaType, let body = baseline.body else { return }
        if operation.requestBody?.required == true {
            emit(.requiredMissing, target: Part.body.pointer, inputs: baseline.with(.body, nil),
                expectation: .invalid(keyword: "required", pointer: Part.body.pointer), changed: .body,
                schema: mediaType.schema, label: "")
        } else {
            emit(.optionalMissing, target: Part.body.pointer, inputs: baseline.with(.body, nil), expectation: .valid,
                changed: .body, schema: mediaType.schema, label: "")
        }
        guard let schema = mediaType.schema else { return }
        walk(schema, at: Position(part: .body, context: body, pointer: .root, depth: 0, stack: [], swallow: nil),
            inputs: baseline)
        documentedExamples(of: .body, schema: schema)
    }

    /// One valid case per example of the part's Media Type or Parameter Object.
    private func documentedExamples(of part: Part, schema: DocumentPointer) {
        guard let baseline else { return }
        for value in validExamples(of: part) {
            emit(.example, target: part.pointer, inputs: baseline.with(part, value), expectation: .valid, changed: part,
                schema: schema, label: value.serialized(.compact))
        }
    }

    /// Emits the cases of one schema position and walks below it.
    private func walk(_ schema: DocumentPointer, at position: Position, inputs: RequestInputs) {
        let documents = generator.document.documents
        let resolved = (try? documents.resolve(schema)) ?? schema
        guard position.depth <= generator.options.maxDepth, !position.stack.contains(resolved) else { return }
        var position = position
        position.stack.append(resolved)
        let facts = values.facts(schema)
        if facts.combinator != nil, position.swallow == nil {
            position.swallow = SchemaFailure(keyword: facts.combinator!, pointer: position.pointer)
        }
        guard let current = position.context[pointer: position.pointer] else { return }

        /// Emits a replacement of the value at the position.
        func change(_ kind: CaseKind, _ value: JSONValue, _ expectation: Expectation, label: String? = nil) {
            emit(kind, target: position.target, inputs: inputs.with(position.part, position.context.setting(position.pointer, to: value)),
                expectation: expectation, changed: position.part, schema: schema,
                label: label ?? value.serialized(.compact))
        }
        func invalid(_ keyword: String, at pointer: JSONPointer? = nil) -> Expectation {
            let failure = position.swallow ?? SchemaFailure(keyword: keyword, pointer: pointer ?? position.pointer)
            return .invalid(keyword: failure.keyword, pointer: JSONPointer(tokens: position.part.pointer.tokens + failure.pointer.tokens))
        }
        let textual = isTextual(position.part)

        if let enumValues = facts.enumValues {
            for value in enumValues where !value.isNull { change(.enumValue, value, .valid) }
            if let outside = Self.outside(enumValues) { change(.enumOutside, outside, invalid("enum")) }
        }
        if !textual {
            if facts.nullable {
                change(.nullAllowed, .null, .valid)
            } else if facts.types != nil {
                change(.nullRejected, .null, invalid("type"))
            }
        }
        // A form or multipart body is its fields: one that is not an object cannot be sent.
        let formRoot = textual && position.part == .body && position.pointer.tokens.isEmpty
        if let types = facts.types, !formRoot {
            for wrong in Self.wrongTypes(for: types, textual: textual) { change(.wrongType, wrong, invalid("type")) }
        }
        if facts.enumValues == nil, facts.constValue == nil {
            switch current {
            case .number: numberCases(facts, change: change, invalid: invalid)
            case .string: stringCases(facts, change: change, invalid: invalid)
            case .array(let items): arrayCases(facts, items: items, position: position, inputs: inputs, change: change, invalid: invalid)
            case .object(let object): objectCases(facts, object: object, position: position, inputs: inputs, change: change, invalid: invalid)
            default: break
            }
        }
        keywordCases(facts, schema: schema, current: current, position: position, change: change, invalid: invalid)
        for (index, branch) in facts.branches.enumerated() {
            guard let value = branchValue(facts, index, current: current) else {
                drop(.branch, at: position.target, schema: branch, reason: "no valid value for the branch")
                continue
            }
            change(.branch, value, .valid, label: "\(index)")
            // The branch's own keywords, each case failing the combinator at this position.
            var inner = position
            inner.context = position.context.setting(position.pointer, to: value)
            inner.depth += 1
            walk(branch, at: inner, inputs: inputs.with(position.part, inner.context))
        }
    }

    // MARK: Kinds of values

    private func numberCases(
        _ facts: SchemaFacts, change: (CaseKind, JSONValue, Expectation, String?) -> Void,
        invalid: (String, JSONPointer?) -> Expectation
    ) {
        let integer = facts.types.map { !$0.contains("number") } ?? false
        let range = NumberRange(facts, integer: integer)
        let formatRange = integer ? NumberRange.formatRange(facts.format) : nil
        // The lower side, then the upper side: the valid extreme and one step past it.
        for lower in [true, false] {
            let bound = lower ? facts.minimum : facts.maximum
            let formatBound = lower ? formatRange?.0 : formatRange?.1
            var extreme = lower ? range.low : range.high
            if let value = extreme, range.multipleOf != nil {
                extreme = lower ? range.nearestMultiple(atLeast: value) : nil
            }
            if let extreme { change(.bound, .number(extreme), .valid, nil) }
            if let bound, formatBound.map({ lower ? bound.value >= $0 : bound.value <= $0 }) ?? true {
                let step: JSONNumber = 1
                let past = bound.exclusive ? bound.value
                    : lower ? (integer ? NumberRange.ceil(bound.value) - step : bound.value - step)
                    : (integer ? NumberRange.floor(bound.value) + step : bound.value + step)
                change(.pastBound, .number(past), invalid(bound.keyword, nil), nil)
            } else if let formatBound {
                change(.pastBound, .number(lower ? formatBound - 1 : formatBound + 1), invalid("format", nil), nil)
            }
        }
    }

    private func stringCases(
        _ facts: SchemaFacts, change: (CaseKind, JSONValue, Expectation, String?) -> Void,
        invalid: (String, JSONPointer?) -> Expectation
    ) {
        let lengths = (facts.minLength ?? 0)...max(facts.minLength ?? 0, facts.maxLength ?? .max)
        var pattern: PatternGenerator?
        if let text = facts.pattern {
            guard let generator = values.pattern(text) else {
                drop(.pattern, at: .root, schema: facts.pointer, reason: "the pattern '\(text)' is outside the generator's subset")
                return
            }
            pattern = generator
            var rng: SplitMix64? = SplitMix64(seed: StableHash.of(text))
            if let example = generator.string(using: &rng, lengths: lengths) { change(.pattern, .string(example), .valid, nil) }
            // A miss of the pattern's length, so that the pattern alone rejects it.
            let misses = ["", "~", "!!", " "] + [String(repeating: "~", count: lengths.lowerBound)]
            if let miss = misses.first(where: { !generator.matches($0) && lengths.contains($0.unicodeScalars.count) }) {
                change(.pattern, .string(miss), invalid("pattern", nil), nil)
            }
        }
        if let format = facts.format, let examples = FormatExamples.strings[format], pattern == nil {
            for example in examples { change(.format, .string(example), .valid, nil) }
            if Self.assertedFormats.contains(format) {
                for miss in ["not-a-\(format)"] + (FormatExamples.nearMisses[format] ?? []) {
                    change(.format, .string(miss), invalid("format", nil), nil)
                }
            }
            return
        }
        /// A string of exactly `length` scalars that matches the pattern, if any.
        func text(length: Int) -> String? {
            guard let pattern else { return StringFill.text(length: length) }
            var none: SplitMix64? = nil
            return pattern.string(using: &none, lengths: length...length)
        }
        if let low = facts.minLength, low > 0 {
            if let value = text(length: low) { change(.length, .string(value), .valid, nil) }
            if let value = text(length: low - 1) { change(.pastLength, .string(value), invalid("minLength", nil), nil) }
        }
        if let high = facts.maxLength, high < 100_000 {
            if let value = text(length: high) { change(.length, .string(value), .valid, nil) }
            if let value = text(length: high + 1) { change(.pastLength, .string(value), invalid("maxLength", nil), nil) }
        }
    }

    private func arrayCases(
        _ facts: SchemaFacts, items: [JSONValue], position: Position, inputs: RequestInputs,
        change: (CaseKind, JSONValue, Expectation, String?) -> Void, invalid: (String, JSONPointer?) -> Expectation
    ) {
        func array(count: Int) -> JSONValue? {
            var sized = facts
            sized.minItems = count
            sized.maxItems = count
            var none: SplitMix64? = nil
            return values.synthesize(sized, depth: position.depth + 1, rng: &none)
        }
        if let low = facts.minItems, low > 0, low <= 1000 {
            if let value = array(count: low) { change(.items, value, .valid, nil) }
            if let value = array(count: low - 1) { change(.pastItems, value, invalid("minItems", nil), nil) }
        }
        if let high = facts.maxItems, high < 1000 {
            if let value = array(count: high) { change(.items, value, .valid, nil) }
            var unbounded = facts
            unbounded.maxItems = nil
            unbounded.minItems = high + 1
            var none: SplitMix64? = nil
            if let value = values.synthesize(unbounded, depth: position.depth + 1, rng: &none) {
                change(.pastItems, value, invalid("maxItems", nil), nil)
            }
        }
        for index in items.indices {
            let schema = index < facts.prefixItems.count ? facts.prefixItems[index] : facts.items.first
            guard let schema, index < max(1, facts.prefixItems.count) else { continue }
            var inner = position
            inner.pointer = position.pointer.appending(index)
            inner.depth += 1
            walk(schema, at: inner, inputs: inputs)
        }
    }

    private func objectCases(
        _ facts: SchemaFacts, object: JSONObject, position: Position, inputs: RequestInputs,
        change: (CaseKind, JSONValue, Expectation, String?) -> Void, invalid: (String, JSONPointer?) -> Expectation
    ) {
        let writable = facts.properties.filter { values.isWritable($0.schemas) }
        // Every optional sibling present, so that leaving one out is the only difference.
        var full = object
        for (name, schemas) in writable where full[name] == nil {
            if let value = values.baseline(schemas[0], depth: position.depth + 1) { full[name] = value }
        }
        for (name, _) in writable {
            let member = position.pointer.appending(name)
            var inner = position
            inner.pointer = member
            let target = JSONPointer(tokens: position.part.pointer.tokens + member.tokens)
            if facts.required.contains(name) {
                let context = position.context.setting(member, to: nil)
                emit(.requiredMissing, target: target, inputs: inputs.with(position.part, context),
                    expectation: invalid("required", position.pointer), changed: position.part, schema: facts.pointer,
                    label: name)
            } else if full[name] != nil {
                var without = full
                without[name] = nil
                let context = position.context.setting(position.pointer, to: .object(without))
                emit(.optionalMissing, target: target, inputs: inputs.with(position.part, context), expectation: .valid,
                    changed: position.part, schema: facts.pointer, label: name)
            }
        }
        for (name, schemas) in writable {
            let member = position.pointer.appending(name)
            var inner = position
            inner.pointer = member
            inner.depth += 1
            if object[name] == nil {
                guard let value = full[name] else { continue }
                inner.context = position.context.setting(member, to: value)
            }
            walk(schemas[0], at: inner, inputs: inputs.with(position.part, inner.context))
        }
    }

    // MARK: Replacement values

    /// A value of the enum's own type that the enum does not list.
    static func outside(_ values: [JSONValue]) -> JSONValue? {
        let nonNull = values.filter { !$0.isNull }
        if nonNull.allSatisfy({ $0.numberValue != nil }), let largest = nonNull.compactMap(\.numberValue).max() {
            return .number(NumberRange.floor(largest) + 1)
        }
        if nonNull.allSatisfy({ $0.boolValue != nil }) {
            return [JSONValue.bool(false), .bool(true)].first { !values.contains($0) }
        }
        var text = "not_in_enum"
        while values.contains(.string(text)) { text += "_" }
        return .string(text)
    }

    /// Values of every JSON type the position does not allow, the strings a lenient server
    /// coerces (`"1"`, `"1.5"`, `"true"`, `""`) among them. In textual parts only strings
    /// the wire tells apart from a valid number or boolean: `wrong-type`, and `1.5` where
    /// only integers are allowed.
    static func wrongTypes(for types: Set<String>, textual: Bool) -> [JSONValue] {
        guard !types.isEmpty else { return [] }
        let numeric = types.contains("number") || types.contains("integer")
        let integerOnly = types.contains("integer") && !types.contains("number")
        if textual {
            guard !types.contains("string") else { return [] }
            return [.string("wrong-type")] + (integerOnly ? [.string("1.5")] : [])
        }
        var candidates: [(String, JSONValue)] = [
            ("boolean", .bool(true)), ("string", .string("wrong-type")), ("number", .number(1)),
            ("object", .object(JSONObject())), ("array", .array([])),
        ]
        if integerOnly { candidates.append(("number", .number(JSONNumber(1.5)))) }
        if numeric { candidates += [("string", .string("1")), ("string", .string("1.5"))] }
        if types.contains("boolean") { candidates.append(("string", .string("true"))) }
        if numeric || types.contains("boolean") { candidates.append(("string", .string(""))) }
        return candidates.filter { name, value in
            if name == "number", value == .number(1) { return !numeric }
            if name == "number" { return integerOnly }
            return !types.contains(name)
        }.map(\.1)
    }
}
