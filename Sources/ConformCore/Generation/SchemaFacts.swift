/// What the generator needs to know about one schema position, with `$ref`s followed,
/// `allOf` members merged and null-only branches of `oneOf`/`anyOf` turned into nullability.
///
/// The merge is deliberately simple (types intersect, bounds tighten, properties and
/// `required` unite); anything it cannot model is left to the self-check, which drops a case
/// the validator disagrees with rather than sending it mislabelled.
struct SchemaFacts {
    /// The schema the facts were read from (for diagnostics).
    var pointer: DocumentPointer
    /// The allowed JSON types without `null`; nil when the schema does not restrict the type.
    var types: Set<String>?
    /// True when `null` is allowed.
    var nullable = false
    /// False for the `false` schema and for merges that leave no type.
    var satisfiable = true
    var constValue: JSONValue?
    var enumValues: [JSONValue]?
    /// `example`, `examples` and `default`, in that order: candidates for the baseline.
    var examples: [JSONValue] = []
    /// `example` and `examples` alone: each becomes a valid case of its own.
    var documentedExamples: [JSONValue] = []
    var minimum: Bound?
    var maximum: Bound?
    var multipleOf: JSONNumber?
    var format: String?
    var minLength: Int?
    var maxLength: Int?
    var pattern: String?
    var items: [DocumentPointer] = []
    var prefixItems: [DocumentPointer] = []
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    /// Properties in document order, each with every schema that constrains it.
    var properties: [(name: String, schemas: [DocumentPointer])] = []
    var required: [String] = []
    /// Schemas for members not listed in `properties`; `false` closes the object.
    var additionalClosed = false
    /// The `additionalProperties` schema objects, for maps that need members (`minProperties`).
    var additional: [DocumentPointer] = []
    var minProperties: Int?
    var maxProperties: Int?
    /// The `not` subschemas: a value of one of them is invalid here by `not` alone.
    var negated: [DocumentPointer] = []
    var readOnly = false
    /// The non-null alternatives of a `oneOf`/`anyOf` with more than one of them.
    var branches: [DocumentPointer] = []
    /// The keyword ``branches`` come from: `oneOf` or `anyOf`.
    var branchKeyword: String?
    /// `discriminator.propertyName` of the first combinator that has one: the validator
    /// demands it, so generated objects always carry it.
    var discriminator: String?
    /// The discriminator value of each of ``branches`` (its `mapping` key, else the name of
    /// the component it references); nil where neither exists.
    var discriminatorValues: [String?] = []
    /// `oneOf` or `anyOf` when the position sits under one: the validator reports a failure
    /// inside as a failure of the combinator, at this position.
    var combinator: String?

    /// A numeric limit and the keyword that states it.
    struct Bound {
        var value: JSONNumber
        var exclusive: Bool
        var keyword: String
    }

    init(pointer: DocumentPointer) { self.pointer = pointer }

    /// The type to generate: the first allowed in a fixed preference order, or one inferred
    /// from the keywords present when the type is open.
    var preferredTypes: [String] {
        let order = ["object", "array", "string", "integer", "number", "boolean"]
        if let types { return order.filter { types.contains($0) || ($0 == "integer" && types.contains("number")) } }
        if !properties.isEmpty || !required.isEmpty { return ["object"] }
        if !items.isEmpty || !prefixItems.isEmpty || minItems != nil { return ["array"] }
        if minimum != nil || maximum != nil || multipleOf != nil { return ["number"] }
        return ["string"]
    }

    /// True when `type` (a `JSONValue.typeName`) is allowed, `integer` counting as `number`.
    func allows(typeName: String) -> Bool {
        if typeName == "null" { return nullable || types == nil }
        guard let types else { return true }
        return types.contains(typeName) || (typeName == "integer" && types.contains("number"))
    }
}

extension SchemaFacts {
    /// Reads the facts of the schema at `pointer` in a document of `version`.
    static func read(_ pointer: DocumentPointer, in documents: DocumentSet, version: OpenAPIVersion) -> SchemaFacts {
        var facts = SchemaFacts(pointer: pointer)
        var visiting = Set<DocumentPointer>()
        facts.collect(pointer, documents: documents, modern: version == .v3_1, visiting: &visiting)
        if facts.types?.isEmpty == true && !facts.nullable { facts.satisfiable = false }
        return facts
    }

    private mutating func collect(
        _ pointer: DocumentPointer, documents: DocumentSet, modern: Bool, visiting: inout Set<DocumentPointer>
    ) {
        // A schema that reaches itself through allOf or $ref adds nothing new the second time.
        guard visiting.insert(pointer).inserted else { return }
        defer { visiting.remove(pointer) }
        guard let value = documents.value(at: pointer) else { return }
        if case .bool(let flag) = value {
            if !flag { satisfiable = false }
            return
        }
        guard let schema = value.objectValue else { return }
        if let reference = schema["$ref"]?.stringValue {
            guard let target = try? documents.target(of: reference, from: pointer.appending("$ref")) else {
                satisfiable = false
                return
            }
            collect(target, documents: documents, modern: modern, visiting: &visiting)
            // OAS 3.0 ignores the siblings of $ref; 2020-12 applies them.
            if !modern { return }
        }
        if let type = schema["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? type.stringValue.map { [$0] } ?? []
            var set = Set(names)
            let allowsNull = set.remove("null") != nil
            if set.contains("number") { set.insert("integer") }
            types = types.map { $0.intersection(set) } ?? set
            if allowsNull || (!modern && schema["nullable"] == .bool(true)) { nullable = true }
        } else if !modern, schema["nullable"] == .bool(true) {
            nullable = true
        }
        if let value = schema["const"] { constValue = value }
        if let values = schema["enum"]?.arrayValue {
            enumValues = enumValues.map { current in current.filter(values.contains) } ?? values
        }
        var illustrations = schema["examples"]?.arrayValue ?? []
        if let example = schema["example"] { illustrations.insert(example, at: 0) }
        examples += illustrations
        documentedExamples += illustrations
        if let value = schema["default"] { examples.append(value) }
        if schema["readOnly"] == .bool(true) { readOnly = true }
        readNumbers(schema, pointer: pointer, modern: modern)
        if let value = schema["format"]?.stringValue { format = format ?? value }
        if let value = schema["minLength"]?.numberValue?.int64Value { minLength = max(minLength ?? 0, Int(value)) }
        if let value = schema["maxLength"]?.numberValue?.int64Value { maxLength = min(maxLength ?? .max, Int(value)) }
        if let value = schema["pattern"]?.stringValue { pattern = pattern ?? value }
        if let value = schema["minItems"]?.numberValue?.int64Value { minItems = max(minItems ?? 0, Int(value)) }
        if let value = schema["maxItems"]?.numberValue?.int64Value { maxItems = min(maxItems ?? .max, Int(value)) }
        if schema["uniqueItems"] == .bool(true) { uniqueItems = true }
        if let value = schema["minProperties"]?.numberValue?.int64Value { minProperties = Int(value) }
        if let value = schema["maxProperties"]?.numberValue?.int64Value { maxProperties = min(maxProperties ?? .max, Int(value)) }
        if schema["not"]?.objectValue != nil { negated.append(pointer.appending("not")) }
        switch schema["items"] {
        case .array(let list)?: prefixItems = list.indices.map { pointer.appending("items").appending($0) }
        case .object?, .bool?: items.append(pointer.appending("items"))
        default: break
        }
        if let list = schema["prefixItems"]?.arrayValue {
            prefixItems = list.indices.map { pointer.appending("prefixItems").appending($0) }
        }
        for name in schema["properties"]?.objectValue?.keys ?? [] {
            let property = pointer.appending("properties").appending(name)
            if let index = properties.firstIndex(where: { $0.name == name }) {
                properties[index].schemas.append(property)
            } else {
                properties.append((name, [property]))
            }
        }
        for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where !required.contains(name) {
            required.append(name)
        }
        switch schema["additionalProperties"] {
        case .bool(false)?: additionalClosed = true
        case .object?: additional.append(pointer.appending("additionalProperties"))
        default: break
        }
        for (index, member) in (schema["allOf"]?.arrayValue ?? []).enumerated() where member.objectValue != nil {
            collect(pointer.appending("allOf").appending(index), documents: documents, modern: modern, visiting: &visiting)
        }
        for keyword in ["oneOf", "anyOf"] {
            guard let list = schema[keyword]?.arrayValue else { continue }
            let all = list.indices.map { pointer.appending(keyword).appending($0) }
            let nonNull = all.filter { !SchemaFacts.isNullOnly($0, in: documents) }
            if nonNull.count < all.count { nullable = true }
            let named = discriminatorValues(schema, branches: nonNull, documents: documents)
            if nonNull.count == 1 {
                collect(nonNull[0], documents: documents, modern: modern, visiting: &visiting)
            } else if branches.isEmpty {
                branches = nonNull
                branchKeyword = keyword
                discriminatorValues = named ?? []
            }
            // A discriminator that names its branches makes the validator check the one it
            // picks, whose failures keep their own keywords and pointers.
            if named?.contains(where: { $0 != nil }) != true { combinator = combinator ?? keyword }
        }
    }

    /// The discriminator value of each branch of a combinator, from the `mapping` (targets
    /// compared once resolved) or the referenced component's name; nil without a
    /// discriminator. Records the first discriminator's property in ``discriminator``.
    private mutating func discriminatorValues(
        _ schema: JSONObject, branches: [DocumentPointer], documents: DocumentSet
    ) -> [String?]? {
        guard let object = schema["discriminator"]?.objectValue, let name = object["propertyName"]?.stringValue else { return nil }
        discriminator = discriminator ?? name
        let mapping = object["mapping"]?.objectValue ?? JSONObject()
        return branches.map { branch in
            guard let reference = documents.value(at: branch)?["$ref"]?.stringValue else { return nil }
            let target = try? documents.target(of: reference, from: branch.appending("$ref"))
            for (key, value) in mapping {
                guard let mapped = value.stringValue else { continue }
                if mapped == reference || (target != nil && (try? documents.target(of: mapped, from: branch.appending("$ref"))) == target) {
                    return key
                }
            }
            return reference.split(separator: "/").last.map(String.init)
        }
    }

    private mutating func readNumbers(_ schema: JSONObject, pointer: DocumentPointer, modern: Bool) {
        func tighten(_ current: Bound?, _ new: Bound, lower: Bool) -> Bound {
            guard let current else { return new }
            if current.value == new.value { return current.exclusive ? current : new }
            return (lower ? new.value > current.value : new.value < current.value) ? new : current
        }
        if let value = schema["minimum"]?.numberValue {
            let exclusive = !modern && schema["exclusiveMinimum"] == .bool(true)
            minimum = tighten(minimum, Bound(value: value, exclusive: exclusive, keyword: "minimum"), lower: true)
        }
        if let value = schema["maximum"]?.numberValue {
            let exclusive = !modern && schema["exclusiveMaximum"] == .bool(true)
            maximum = tighten(maximum, Bound(value: value, exclusive: exclusive, keyword: "maximum"), lower: false)
        }
        if modern, let value = schema["exclusiveMinimum"]?.numberValue {
            minimum = tighten(minimum, Bound(value: value, exclusive: true, keyword: "exclusiveMinimum"), lower: true)
        }
        if modern, let value = schema["exclusiveMaximum"]?.numberValue {
            maximum = tighten(maximum, Bound(value: value, exclusive: true, keyword: "exclusiveMaximum"), lower: false)
        }
        if let value = schema["multipleOf"]?.numberValue { multipleOf = value }
    }

    /// True for `{type: 'null'}` (after `$ref`), the way 3.1 documents spell "or null".
    static func isNullOnly(_ pointer: DocumentPointer, in documents: DocumentSet) -> Bool {
        guard let resolved = try? documents.resolve(pointer), let schema = documents.value(at: resolved) else {
            return false
        }
        if schema["type"]?.stringValue == "null" { return true }
        if let list = schema["type"]?.arrayValue, list == [.string("null")] { return true }
        return schema["enum"]?.arrayValue == [.null]
    }
}
