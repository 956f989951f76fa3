/// Coverage cases for the keywords past types, bounds and lengths: documented examples,
/// empty values, `uniqueItems`, `minProperties`/`maxProperties`, `multipleOf`, `const`,
/// `not`, closed objects and values that match two `oneOf` branches.
///
/// Every invalid value is first proved by the validator to fail at exactly the position it
/// changes (or, for an extra member, at that member), so that a schema the generator reads
/// too simply gives no case rather than a dropped-case warning.
extension OperationCases {
    typealias Change = (CaseKind, JSONValue, Expectation, String?) -> Void
    typealias Invalid = (String, JSONPointer?) -> Expectation

    func keywordCases(
        _ facts: SchemaFacts, schema: DocumentPointer, current: JSONValue, position: Position, change: Change,
        invalid: Invalid
    ) {
        let validator = generator.validator
        /// True when `value` fails the position's schema, and only at `pointer` below it.
        func rejected(_ value: JSONValue, at pointer: JSONPointer = .root) -> Bool {
            let failures = validator.failures(of: value, against: schema)
            return !failures.isEmpty && failures.allSatisfy { $0.pointer == pointer }
        }
        // Parameters and form fields: an empty value on the wire is an absent one.
        let textual = isTextual(position.part)

        for value in facts.documentedExamples where validator.accepts(value, against: schema) {
            change(.example, value, .valid, nil)
        }
        if let value = facts.constValue, let other = Self.outside([value]), rejected(other) {
            change(.constOutside, other, invalid("const", nil), nil)
        }
        for not in facts.negated {
            if let value = values.baseline(not, depth: position.depth + 1), rejected(value) {
                change(.notMatched, value, invalid("not", nil), nil)
            }
        }
        switch current {
        case .number(let number):
            guard facts.multipleOf != nil else { break }
            let steps: [JSONNumber] = [1, JSONNumber(0.5), JSONNumber(0.1)]
            if let past = steps.map({ JSONValue.number(number + $0) }).first(where: { rejected($0) }) {
                change(.pastMultipleOf, past, invalid("multipleOf", nil), nil)
            }
        case .string(let text):
            if !textual, !text.isEmpty, validator.accepts(.string(""), against: schema) {
                change(.empty, .string(""), .valid, nil)
            }
        case .array(let items):
            if !textual, !items.isEmpty, validator.accepts(.array([]), against: schema) {
                change(.empty, .array([]), .valid, nil)
            }
            if facts.uniqueItems, let duplicate = duplicated(items, facts, depth: position.depth), rejected(duplicate) {
                change(.duplicateItems, duplicate, invalid("uniqueItems", nil), nil)
            }
        case .object(let object):
            if !textual, !object.isEmpty, validator.accepts(.object(JSONObject()), against: schema) {
                change(.empty, .object(JSONObject()), .valid, nil)
            }
            propertyCountCases(facts, object: object, depth: position.depth, rejected: { rejected($0) }, change: change, invalid: invalid)
            if facts.additionalClosed {
                var name = "unexpected_property"
                while object[name] != nil || facts.properties.contains(where: { $0.name == name }) { name += "_" }
                var extra = object
                extra[name] = .string("value")
                let member = JSONPointer(tokens: [name])
                if rejected(.object(extra), at: member) {
                    change(.additionalProperty, .object(extra),
                        invalid("additionalProperties", JSONPointer(tokens: position.pointer.tokens + [name])), nil)
                }
            }
        default:
            break
        }
        if facts.branchKeyword == "oneOf" {
            bothBranchesCase(facts, current: current, rejected: { rejected($0) }, change: change, invalid: invalid)
        }
    }

    /// The value of branch `index` with the members the position itself declares and its
    /// discriminator value.
    func branchValue(_ facts: SchemaFacts, _ index: Int, current: JSONValue) -> JSONValue? {
        guard var value = values.baseline(facts.branches[index]) else { return nil }
        value = values.discriminated(value, facts, branch: index)
        if case .object(var members) = value, case .object(let own) = current {
            for (key, member) in own where members[key] == nil && facts.properties.contains(where: { $0.name == key }) {
                members[key] = member
            }
            value = .object(members)
        }
        return value
    }

    /// `items` with its last element repeating its first (two copies of a baseline element
    /// when there are fewer than two).
    private func duplicated(_ items: [JSONValue], _ facts: SchemaFacts, depth: Int) -> JSONValue? {
        if items.count >= 2 {
            var copy = items
            copy[copy.count - 1] = copy[0]
            return .array(copy)
        }
        guard let element = items.first ?? facts.items.first.flatMap({ values.baseline($0, depth: depth + 1) }) else {
            return nil
        }
        return .array([element, element])
    }

    /// One member past `maxProperties` (declared members first, then made-up ones) and one
    /// short of `minProperties` (required members kept).
    private func propertyCountCases(
        _ facts: SchemaFacts, object: JSONObject, depth: Int, rejected: (JSONValue) -> Bool, change: Change,
        invalid: Invalid
    ) {
        if let high = facts.maxProperties, high < 1000 {
            var grown = object
            for (name, schemas) in facts.properties where grown.count <= high && grown[name] == nil && values.isWritable(schemas) {
                if let value = values.baseline(schemas[0], depth: depth + 1) { grown[name] = value }
            }
            var index = 0
            while grown.count <= high, !facts.additionalClosed, index <= high + 1 {
                index += 1
                let name = "key\(index)"
                guard grown[name] == nil else { continue }
                grown[name] = facts.additional.first.flatMap { values.baseline($0, depth: depth + 1) } ?? .string("value")
            }
            if grown.count == high + 1, rejected(.object(grown)) {
                change(.pastProperties, .object(grown), invalid("maxProperties", nil), nil)
            }
        }
        if let low = facts.minProperties, low > 0 {
            var shrunk = JSONObject()
            for (name, value) in object where facts.required.contains(name) { shrunk[name] = value }
            for (name, value) in object where shrunk.count < low - 1 && shrunk[name] == nil { shrunk[name] = value }
            if shrunk.count == low - 1, rejected(.object(shrunk)) {
                change(.pastProperties, .object(shrunk), invalid("minProperties", nil), nil)
            }
        }
    }

    /// A value two `oneOf` branches both accept: one branch's value, or two branches' objects
    /// merged. The first pair of the first four branches that has one gives the case.
    private func bothBranchesCase(
        _ facts: SchemaFacts, current: JSONValue, rejected: (JSONValue) -> Bool, change: Change, invalid: Invalid
    ) {
        let branches = Array(facts.branches.prefix(4))
        let made = branches.indices.map { branchValue(facts, $0, current: current) }
        for first in branches.indices {
            for second in branches.indices where second > first {
                guard let one = made[first], let other = made[second] else { continue }
                var candidates = [one, other]
                if case .object(var members) = one, case .object(let more) = other {
                    for (key, member) in more where members[key] == nil { members[key] = member }
                    candidates.append(.object(members))
                }
                let both = candidates.first { candidate in
                    generator.validator.accepts(candidate, against: branches[first])
                        && generator.validator.accepts(candidate, against: branches[second]) && rejected(candidate)
                }
                if let both {
                    change(.bothBranches, both, invalid("oneOf", nil), "\(first),\(second)")
                    return
                }
            }
        }
    }
}
