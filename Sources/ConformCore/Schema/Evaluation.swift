/// One validation of one value: walks compiled nodes and collects errors.
struct Evaluation {
    /// The validator whose documents errors point into: one reference to copy and release
    /// per validation, where the document set is several.
    let validator: SchemaValidator
    let direction: MessageDirection
    let stopAtFirst: Bool
    /// False inside `anyOf`/`oneOf`/`not`/`if`/`contains` probes, whose failures are not errors.
    var recording = true
    /// False when only keywords and pointers are wanted: errors then carry no message and no
    /// source position, which the generator's self-check asks for thousands of times.
    var describing = true
    private(set) var errors: [ValidationError] = []
    /// The instance pointer, built only when an error needs it.
    private var path: [PathToken] = []
    /// `$ref`s being evaluated (see ``ActiveReferences``).
    private var active = ActiveReferences()
    /// How deep in the instance the walk is (the path's length, also when it is not kept).
    private var depth = 0

    enum PathToken {
        case key(String)
        case index(Int)
    }

    init(validator: SchemaValidator, direction: MessageDirection, stopAtFirst: Bool) {
        self.validator = validator
        self.direction = direction
        self.stopAtFirst = stopAtFirst
    }

    private var shortCircuit: Bool { stopAtFirst || !recording }

    private mutating func fail(_ check: Check, below token: PathToken? = nil, _ message: @autoclosure () -> String) {
        guard recording else { return }
        fail(check.name, at: check.pointer, below: token, message())
    }

    /// Records an error at the current instance path, or at its child `token`.
    private mutating func fail(
        _ keyword: String, at pointer: DocumentPointer, below token: PathToken? = nil,
        _ message: @autoclosure () -> String
    ) {
        guard recording else { return }
        let instance = JSONPointer(tokens: (path + (token.map { [$0] } ?? [])).map {
            switch $0 {
            case .key(let key): return key
            case .index(let index): return String(index)
            }
        })
        errors.append(ValidationError(
            keyword: keyword, instancePointer: instance, schemaPointer: pointer,
            location: describing ? validator.documents.keyLocation(of: pointer) : nil, message: describing ? message() : ""))
    }

    /// Validates without recording errors.
    mutating func probe(_ node: NodeLink, _ value: borrowing JSONValue) -> Bool {
        let saved = recording
        recording = false
        defer { recording = saved }
        return validate(node, value)
    }

    /// `token` is built only when errors are recorded: a yes/no walk never reads the path.
    private mutating func validate(_ node: NodeLink, _ value: borrowing JSONValue, at token: @autoclosure () -> PathToken) -> Bool {
        depth += 1
        defer { depth -= 1 }
        // The path is only read by recorded errors; `recording` is the same on the way out.
        guard recording else { return validate(node, value) }
        // One allocation per walk rather than one per level it reaches.
        if path.capacity == 0 { path.reserveCapacity(16) }
        path.append(token())
        defer { path.removeLast() }
        return validate(node, value)
    }

    /// True when `value` is valid against the node `link` leads to, borrowed for the walk.
    private mutating func validate(_ link: NodeLink, _ value: borrowing JSONValue) -> Bool {
        link.with { validate($0, value) }
    }

    /// True when `value` is valid against `node`.
    mutating func validate(_ node: SchemaNode, _ value: borrowing JSONValue) -> Bool {
        switch node.kind {
        case .anything:
            return true
        case .nothing:
            fail("false", at: node.pointer, "\(Render.value(value)) is not allowed here (the schema is false)")
            return false
        case .checks:
            switch value {
            case .null where node.admitsNull:
                return true
            case .object(let object):
                // Borrowed: the node owns its table and never changes it once compiled.
                guard let names = node.names.map(Unmanaged.passUnretained) else { break }
                return names._withUnsafeGuaranteedRef { $0.withMatch(in: object) { evaluateChecks(of: node, value, $0) } }
            default:
                break
            }
            return evaluateChecks(of: node, value, nil)
        }
    }

    /// False, with the error, when the message's direction forbids the property `rule` describes.
    private mutating func allowed(_ rule: PropertyRule) -> Bool {
        if direction == .request, let readOnly = rule.readOnly {
            fail("readOnly", at: readOnly, below: .key(rule.name), "\(Render.string(rule.name)) is read-only and must not be sent in a request")
            return false
        }
        if direction == .response, let writeOnly = rule.writeOnly {
            fail("writeOnly", at: writeOnly, below: .key(rule.name), "\(Render.string(rule.name)) is write-only and must not appear in a response")
            return false
        }
        return true
    }

    /// `match` matches the members of `value`, an object, with the node's names.
    private mutating func evaluateChecks(of node: SchemaNode, _ value: borrowing JSONValue, _ match: NameMatch?) -> Bool {
        // Each check borrowed from the node, which outlives the walk: no reference counting per check.
        let checks = node.checks
        var valid = true
        for index in checks.indices {
            let passed = Unmanaged.passUnretained(checks[index])._withUnsafeGuaranteedRef { check in
                // The most common check, which most values pass, without the call.
                if case .type(let set, _) = check.rule, set.admits(value) { return true }
                return evaluate(check, in: node, value, match)
            }
            if !passed {
                valid = false
                if shortCircuit { return false }
            }
        }
        return valid
    }

    private mutating func evaluate(_ check: Check, in node: SchemaNode, _ value: borrowing JSONValue, _ match: NameMatch?) -> Bool {
        switch check.rule {
        case .type(let set, let names):
            if set.admits(value) { return true }
            fail(check, "\(Render.value(value)) is not of type \(Render.names(names))")
            return false

        case .enumeration(let values, let strings, let others):
            // Strings by their bytes, as `isIdentical` compares them.
            switch value {
            case .string(let text):
                if strings.position(of: text) != nil { return true }
            default:
                if others.contains(where: { $0.isIdentical(to: value) }) { return true }
            }
            fail(check, "\(Render.value(value)) is not one of \(Render.list(values))")
            return false

        case .constant(let expected):
            if value.isIdentical(to: expected) { return true }
            fail(check, "\(Render.value(value)) is not \(Render.value(expected))")
            return false

        case .minimum(let limit, let exclusive):
            switch value {
            case .number(let number):
                if exclusive ? number > limit : number >= limit { return true }
                if exclusive {
                    fail(check, "\(number) is less than or equal to exclusive minimum \(limit)")
                } else {
                    fail(check, "\(number) is less than minimum \(limit)")
                }
                return false
            default:
                return true
            }

        case .maximum(let limit, let exclusive):
            switch value {
            case .number(let number):
                if exclusive ? number < limit : number <= limit { return true }
                if exclusive {
                    fail(check, "\(number) is greater than or equal to exclusive maximum \(limit)")
                } else {
                    fail(check, "\(number) is greater than maximum \(limit)")
                }
                return false
            default:
                return true
            }

        case .multipleOf(let divisor):
            switch value {
            case .number(let number) where !number.isMultiple(of: divisor):
                fail(check, "\(number) is not a multiple of \(divisor)")
                return false
            default:
                return true
            }

        case .minLength(let limit):
            switch value {
            case .string(let text) where limit > 0 && text.unicodeScalars.count < limit:
                fail(check, "\(Render.string(text)) is shorter than \(Render.count(limit, "character"))")
                return false
            default:
                return true
            }

        case .maxLength(let limit):
            // A string has at most as many code points as UTF-8 bytes: most need no counting.
            switch value {
            case .string(let text) where text.utf8.count > limit && text.unicodeScalars.count > limit:
                fail(check, "\(Render.string(text)) is longer than \(Render.count(limit, "character"))")
                return false
            default:
                return true
            }

        case .pattern(let regex):
            switch value {
            case .string(let text) where !regex.matches(text):
                fail(check, "\(Render.string(text)) does not match pattern \(Render.string(regex.source))")
                return false
            default:
                return true
            }

        case .format(let format):
            if format.accepts(value) { return true }
            let note = format.rangeNote.map { " " + $0 } ?? ""
            fail(check, "\(Render.value(value)) is not a valid \"\(format.rawValue)\"\(note)")
            return false

        case .required(let names):
            guard let match else { return true }
            var valid = true
            // Names read by index, not bound: a bound name would be retained for the whole turn.
            for index in names.indices where match.members[names[index].position] < 0 {
                let required = names[index]
                if direction == .request && required.readOnly { continue }
                if direction == .response && required.writeOnly { continue }
                valid = false
                fail("required", at: required.pointer, "\(Render.string(required.name)) is a required property")
                if shortCircuit { return false }
            }
            return valid

        case .properties:
            switch value {
            case .object(let object):
                guard let match else { return true }
                let rules = node.properties
                var valid = true
                // Only the matched rules are touched: most properties are usually absent.
                for (position, member) in match.members[..<rules.count].enumerated() where member >= 0 {
                    if direction != .none, !allowed(rules[position]) {
                        valid = false
                        if shortCircuit { return false }
                    }
                    // The rule read by position, not bound, as for `required`.
                    if !validate(rules[position].node, object.values[member], at: .key(rules[position].name)) {
                        valid = false
                        if shortCircuit { return false }
                    }
                }
                return valid
            default:
                return true
            }

        case .patternProperties(let rules):
            switch value {
            case .object(let object):
                var valid = true
                for (key, member) in object {
                    for (regex, node) in rules where regex.matches(key) {
                        if !validate(node, member, at: .key(key)) {
                            valid = false
                            if shortCircuit { return false }
                        }
                    }
                }
                return valid
            default:
                return true
            }

        case .additionalProperties(let node, let propertyCount, let patterns):
            switch value {
            case .object(let object) where node.kind != .anything:
                var valid = true
                for (index, (key, member)) in object.enumerated()
                where !(match.map { $0.names[index] >= 0 && $0.names[index] < propertyCount } ?? false)
                    && (patterns.isEmpty || !patterns.contains(where: { $0.matches(key) }))
                {
                    if case .nothing = node.kind {
                        fail(check, below: .key(key), "additional property \(Render.string(key)) is not allowed")
                        valid = false
                    } else if !validate(node, member, at: .key(key)) {
                        valid = false
                    }
                    if !valid && shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .propertyNames(let node):
            switch value {
            case .object(let object):
                for key in object.keys where !probe(node, .string(key)) {
                    fail(check, below: .key(key), "property name \(Render.string(key)) does not match the propertyNames schema")
                    return false
                }
                return true
            default:
                return true
            }

        case .minProperties(let limit):
            switch value {
            case .object(let object) where object.count < limit:
                fail(check, "object has \(Render.count(object.count, "property").replacingOccurrences(of: "propertys", with: "properties")), fewer than minProperties \(limit)")
                return false
            default:
                return true
            }

        case .maxProperties(let limit):
            switch value {
            case .object(let object) where object.count > limit:
                fail(check, "object has \(Render.count(object.count, "property").replacingOccurrences(of: "propertys", with: "properties")), more than maxProperties \(limit)")
                return false
            default:
                return true
            }

        case .dependentRequired(let pairs):
            switch value {
            case .object(let object):
                var valid = true
                for (key, names) in pairs where object[key] != nil {
                    for name in names where object[name] == nil {
                        valid = false
                        fail(check, "\(Render.string(name)) is required when \(Render.string(key)) is present")
                        if shortCircuit { return false }
                    }
                }
                return valid
            default:
                return true
            }

        case .dependentSchemas(let pairs):
            switch value {
            case .object(let object):
                var valid = true
                for (key, node) in pairs where object[key] != nil && !validate(node, value) {
                    valid = false
                    if shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .minItems(let limit):
            switch value {
            case .array(let items) where items.count < limit:
                fail(check, "array has \(Render.count(items.count, "item")), fewer than minItems \(limit)")
                return false
            default:
                return true
            }

        case .maxItems(let limit):
            switch value {
            case .array(let items) where items.count > limit:
                fail(check, "array has \(Render.count(items.count, "item")), more than maxItems \(limit)")
                return false
            default:
                return true
            }

        case .uniqueItems:
            switch value {
            case .array(let items) where items.count > 1:
                // Short arrays: compare pairs, which allocates nothing; long ones: group by hash.
                if items.count <= 16 {
                    for index in 1..<items.count {
                        if let first = items[..<index].firstIndex(where: { $0.isIdentical(to: items[index]) }) {
                            fail(check, "items \(first) and \(index) are equal, but uniqueItems is true")
                            return false
                        }
                    }
                    return true
                }
                var seen: [JSONValue: [Int]] = [:]
                for (index, item) in items.enumerated() {
                    let earlier = seen[item, default: []]
                    if let first = earlier.first(where: { items[$0].isIdentical(to: item) }) {
                        fail(check, "items \(first) and \(index) are equal, but uniqueItems is true")
                        return false
                    }
                    seen[item] = earlier + [index]
                }
                return true
            default:
                return true
            }

        case .prefixItems(let nodes):
            switch value {
            case .array(let items):
                var valid = true
                for (index, node) in zip(items.indices, nodes) where !validate(node, items[index], at: .index(index)) {
                    valid = false
                    if shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .items(let node, let start):
            switch value {
            case .array(let items) where items.count > start && node.kind != .anything:
                var valid = true
                for index in start..<items.count {
                    if case .nothing = node.kind {
                        fail(check, below: .index(index), "item \(index) is not allowed (\(check.name) is false)")
                        valid = false
                    } else if !validate(node, items[index], at: .index(index)) {
                        valid = false
                    }
                    if !valid && shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .contains(let node, let minimum, let maximum, let minPointer, let maxPointer):
            switch value {
            case .array(let items):
                var matches = 0
                for item in items where probe(node, item) { matches += 1 }
                if matches < minimum {
                    if let minPointer {
                        fail("minContains", at: minPointer, "array contains \(matches) matching items, fewer than minContains \(minimum)")
                    } else {
                        fail(check, "array contains no item that matches the contains schema")
                    }
                    return false
                }
                if let maximum, let maxPointer, matches > maximum {
                    fail("maxContains", at: maxPointer, "array contains \(matches) matching items, more than maxContains \(maximum)")
                    return false
                }
                return true
            default:
                return true
            }

        case .allOf(let nodes):
            var valid = true
            for node in nodes where !validate(node, value) {
                valid = false
                if shortCircuit { return false }
            }
            return valid

        case .anyOf(let nodes):
            for node in nodes where probe(node, value) { return true }
            fail(check, "\(Render.value(value)) is not valid against any schema in anyOf")
            return false

        case .oneOf(let nodes):
            var first = -1
            var second = -1
            for (index, node) in nodes.enumerated() where probe(node, value) {
                if first < 0 {
                    first = index
                } else {
                    second = index
                    break
                }
            }
            if first >= 0 && second < 0 { return true }
            if first < 0 {
                fail(check, "\(Render.value(value)) is not valid against any schema in oneOf")
            } else {
                fail(check, "\(Render.value(value)) is valid against more than one schema in oneOf (\(first) and \(second))")
            }
            return false

        case .not(let node):
            guard probe(node, value) else { return true }
            fail(check, "\(Render.value(value)) must not be valid against the schema in not")
            return false

        case .conditional(let condition, let then, let otherwise):
            // Without `then` or `else`, `if` only matters to unevaluated* annotations.
            if then == nil && otherwise == nil { return true }
            if probe(condition, value) {
                return then.map { validate($0, value) } ?? true
            }
            return otherwise.map { validate($0, value) } ?? true

        case .ref(let link):
            // A target that applies nothing at the same depth cannot come back here.
            guard link.with({ $0.appliesAtSameDepth }) else { return validate(link, value) }
            let identity = ObjectIdentifier(link.node)
            if active.contains(identity, at: depth) {
                fail(check, "reference loops back to itself without reaching a value")
                return false
            }
            active.push(identity, at: depth)
            defer { active.pop() }
            return validate(link, value)

        case .discriminator(let property, let choices, let expected):
            switch value {
            case .object(let object):
                guard let tag = object[property] else {
                    fail(check, "discriminator property \(Render.string(property)) is missing")
                    return false
                }
                guard case .string(let name) = tag, let choice = choices[name] else {
                    fail(check, below: .key(property), "discriminator \(Render.string(property)) value \(Render.value(tag)) maps to no schema (expected one of \(Render.names(expected)))")
                    return false
                }
                return validate(choice, value)
            default:
                // A value that is not an object names no branch, but it must still be valid
                // against one of them, as the oneOf/anyOf the discriminator stands in for says.
                for name in expected {
                    if let choice = choices[name], probe(choice, value) { return true }
                }
                fail(check, "\(Render.value(value)) is not valid against any schema of discriminator \(Render.string(property)) (\(Render.names(expected)))")
                return false
            }

        case .unevaluatedProperties(let rest):
            switch value {
            case .object(let object) where rest.kind != .anything:
                var evaluated: Set<String> = []
                var visited: Set<ObjectIdentifier> = []
                collectProperties(node, skipping: check.pointer, object, value, into: &evaluated, visited: &visited)
                var valid = true
                for key in object.keys where !evaluated.contains(key) {
                    if case .nothing = rest.kind {
                        fail(check, below: .key(key), "property \(Render.string(key)) is not evaluated by any keyword and is not allowed")
                        valid = false
                    } else if !validate(rest, object[key]!, at: .key(key)) {
                        valid = false
                    }
                    if !valid && shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .unevaluatedItems(let rest):
            switch value {
            case .array(let items) where rest.kind != .anything:
                var evaluated = [Bool](repeating: false, count: items.count)
                var visited: Set<ObjectIdentifier> = []
                collectItems(node, skipping: check.pointer, items, value, into: &evaluated, visited: &visited)
                var valid = true
                for index in items.indices where !evaluated[index] {
                    if case .nothing = rest.kind {
                        fail(check, below: .index(index), "item \(index) is not evaluated by any keyword and is not allowed")
                        valid = false
                    } else if !validate(rest, items[index], at: .index(index)) {
                        valid = false
                    }
                    if !valid && shortCircuit { return false }
                }
                return valid
            default:
                return true
            }

        case .broken(let message):
            fail(check, message)
            return false
        }
    }
}
