/// Turns schema nodes of one document set into ``NormalizedSchema``s, each once.
///
/// A class so that its cache can grow while drift walks both documents; it lives for one
/// comparison only and is never shared between threads.
final class SchemaNormalizer {
    let documents: DocumentSet
    let version: OpenAPIVersion
    /// Every key gets a small integer ID, so that pairs of schemas hash and compare cheaply.
    private var ids: [SchemaKey: Int] = [:]
    private var idsByPointer: [DocumentPointer: Int] = [:]
    private(set) var keysByID: [SchemaKey] = []
    private var schemas: [NormalizedSchema?] = []

    /// Keywords that say nothing about which values are valid: a schema object holding only
    /// these (and `allOf`) adds nothing to the conjunction it wraps.
    private static let annotations: Set<String> = [
        "description", "title", "example", "examples", "externalDocs", "$comment", "xml", "default",
        "discriminator", "allOf", "$ref", "$schema", "$id", "$anchor", "$defs", "definitions",
    ]

    init(documents: DocumentSet, version: OpenAPIVersion) {
        self.documents = documents
        self.version = version
    }

    /// The key of the schema at `pointer`: references followed, `allOf` flattened.
    private func key(_ pointer: DocumentPointer) -> SchemaKey {
        var visited = Set<DocumentPointer>()
        var conjuncts: [DocumentPointer] = []
        flatten(pointer, into: &conjuncts, visited: &visited)
        return SchemaKey(conjuncts.isEmpty ? [pointer] : conjuncts)
    }

    private func flatten(_ pointer: DocumentPointer, into conjuncts: inout [DocumentPointer], visited: inout Set<DocumentPointer>) {
        guard visited.insert(pointer).inserted, let object = documents.value(at: pointer)?.objectValue else {
            if case .bool = documents.value(at: pointer) { conjuncts.append(pointer) }
            return
        }
        if let reference = object["$ref"]?.stringValue,
            let target = try? documents.target(of: reference, from: pointer.appending("$ref"))
        {
            flatten(target, into: &conjuncts, visited: &visited)
            // OpenAPI 3.0 ignores a reference's siblings; 3.1 applies them too.
            if version == .v3_0 { return }
        }
        if let branches = object["allOf"]?.arrayValue {
            for index in branches.indices {
                flatten(pointer.appending("allOf").appending(index), into: &conjuncts, visited: &visited)
            }
        }
        let meaningful = object.keys.contains { !Self.annotations.contains($0) && !$0.hasPrefix("x-") }
        if meaningful || conjuncts.isEmpty { conjuncts.append(pointer) }
    }

    /// The ID of `key`.
    func id(_ key: SchemaKey) -> Int {
        if let id = ids[key] { return id }
        let id = keysByID.count
        ids[key] = id
        keysByID.append(key)
        schemas.append(nil)
        return id
    }

    /// The ID of the schema at `pointer`.
    func id(_ pointer: DocumentPointer) -> Int {
        if let id = idsByPointer[pointer] { return id }
        let id = id(key(pointer))
        idsByPointer[pointer] = id
        return id
    }

    /// The ID of the schema that accepts everything.
    var anything: Int { id(SchemaKey([])) }

    /// The ID of the conjunction of two schemas.
    func union(_ a: Int, _ b: Int) -> Int {
        a == b ? a : id(keysByID[a].union(keysByID[b]))
    }

    /// The normalized schema with ID `id`.
    func schema(_ id: Int) -> NormalizedSchema {
        if let cached = schemas[id] { return cached }
        var result = NormalizedSchema()
        var addsNull = false
        for (index, pointer) in keysByID[id].pointers.enumerated() {
            let (raw, nullable) = read(pointer)
            result = index == 0 ? raw : result.merged(with: raw, union: union)
            addsNull = addsNull || nullable
        }
        if addsNull { result = result.addingNull() }
        result = collapsingNullBranches(result)
        schemas[id] = result
        return result
    }

    /// The normalized schema at `pointer`.
    func schema(at pointer: DocumentPointer) -> NormalizedSchema {
        schema(id(pointer))
    }

    /// `anyOf`/`oneOf` lists with a branch that only accepts null become a nullable flag;
    /// a list left with one branch is merged into the schema.
    private func collapsingNullBranches(_ schema: NormalizedSchema) -> NormalizedSchema {
        guard !schema.alternatives.isEmpty else { return schema }
        var result = schema
        var nullable = false
        var merges: [Int] = []
        result.alternatives = []
        for group in schema.alternatives {
            var kept: [Int] = []
            for branch in group.branches {
                if isNullOnly(branch) { nullable = true } else { kept.append(branch) }
            }
            if kept.count == group.branches.count {
                result.alternatives.append(group)
            } else if kept.count == 1 {
                merges.append(kept[0])
            } else if !kept.isEmpty {
                result.alternatives.append(.init(exactlyOne: group.exactlyOne, branches: kept, pointer: group.pointer))
            }
        }
        for branch in merges {
            let anchor = result.anchor
            result = result.merged(with: self.schema(branch), union: union)
            result.anchor = anchor
        }
        return nullable ? result.addingNull() : result
    }

    private func isNullOnly(_ id: Int) -> Bool {
        let schema = self.schema(id)
        if schema.types == .null { return true }
        if let values = schema.enumValues, values == [.null] { return true }
        return false
    }

    /// One schema object's own keywords; the flag is 3.0's `nullable: true`.
    private func read(_ pointer: DocumentPointer) -> (NormalizedSchema, Bool) {
        var schema = NormalizedSchema()
        schema.anchor = pointer
        guard let object = documents.value(at: pointer)?.objectValue else {
            if documents.value(at: pointer)?.boolValue == false { schema.types = [] }
            return (schema, false)
        }
        func note(_ keyword: String, as name: String? = nil) {
            schema.origins[name ?? keyword] = pointer.appending(keyword)
        }
        if let type = object["type"] {
            let names = type.arrayValue?.compactMap(\.stringValue) ?? type.stringValue.map { [$0] } ?? []
            schema.types = names.reduce(into: JSONTypeSet()) { $0.formUnion(JSONTypeSet(name: $1) ?? []) }
            note("type")
        }
        if let values = object["enum"]?.arrayValue {
            schema.enumValues = values
            note("enum")
        } else if let value = object["const"] {
            schema.enumValues = [value]
            note("const", as: "enum")
        }
        schema.format = object["format"]?.stringValue
        if schema.format != nil { note("format") }
        // 3.0 writes exclusive bounds as booleans beside minimum/maximum, 3.1 as numbers.
        for (plain, exclusive, lower) in [("minimum", "exclusiveMinimum", true), ("maximum", "exclusiveMaximum", false)] {
            var bound: NormalizedSchema.Bound?
            if let value = object[plain]?.numberValue {
                bound = .init(value: value, exclusive: object[exclusive]?.boolValue ?? false)
                note(plain)
            }
            if let value = object[exclusive]?.numberValue,
                bound.map({ lower ? $0.value <= value : $0.value >= value }) ?? true
            {
                bound = .init(value: value, exclusive: true)
                note(exclusive, as: plain)
            }
            if lower { schema.minimum = bound } else { schema.maximum = bound }
        }
        schema.multipleOf = object["multipleOf"]?.numberValue
        for (keyword, path) in [("minLength", \NormalizedSchema.minLength), ("maxLength", \.maxLength),
            ("minItems", \.minItems), ("maxItems", \.maxItems)]
        {
            if let value = object[keyword]?.numberValue?.int64Value {
                schema[keyPath: path] = Int(value)
                note(keyword)
            }
        }
        schema.pattern = object["pattern"]?.stringValue
        if schema.pattern != nil { note("pattern") }
        if let properties = object["properties"]?.objectValue {
            schema.properties = properties.keys.map { name in
                let at = pointer.appending("properties").appending(name)
                return (name, id(at), at)
            }
            note("properties")
        }
        if let required = object["required"]?.arrayValue {
            schema.required = required.compactMap(\.stringValue)
            note("required")
        }
        for keyword in ["additionalProperties", "unevaluatedProperties"] {
            switch object[keyword] {
            case .bool(false)?:
                schema.additional = .forbidden
                note(keyword, as: "additionalProperties")
            case .object?:
                schema.additional = .schema(id(pointer.appending(keyword)))
                note(keyword, as: "additionalProperties")
            default: break
            }
        }
        if object["items"]?.objectValue != nil || object["items"]?.boolValue != nil {
            schema.items = id(pointer.appending("items"))
        }
        for keyword in ["anyOf", "oneOf"] {
            guard let branches = object[keyword]?.arrayValue else { continue }
            schema.alternatives.append(.init(
                exactlyOne: keyword == "oneOf",
                branches: branches.indices.map { id(pointer.appending(keyword).appending($0)) },
                pointer: pointer.appending(keyword)))
        }
        if object["not"] != nil { schema.not = id(pointer.appending("not")) }
        schema.readOnly = object["readOnly"]?.boolValue ?? false
        schema.writeOnly = object["writeOnly"]?.boolValue ?? false
        schema.deprecated = object["deprecated"]?.boolValue ?? false
        // The validator reads a discriminator beside a list only when it names a branch: by
        // its mapping or a referenced branch (inline branches are tried in turn).
        let listed = (object["oneOf"] ?? object["anyOf"])?.arrayValue ?? []
        if let discriminator = object["discriminator"]?.objectValue, let name = discriminator["propertyName"]?.stringValue,
            !listed.isEmpty
        {
            let mapping = discriminator["mapping"]?.objectValue ?? JSONObject()
            if !mapping.isEmpty || listed.contains(where: { $0["$ref"] != nil }) {
                schema.discriminator = .init(
                propertyName: name,
                    mapping: Dictionary(mapping.compactMap { key, value in value.stringValue.map { (key, $0) } }, uniquingKeysWith: { a, _ in a }))
                note("discriminator")
            }
        }
        schema.examples = (object["example"].map { [$0] } ?? []) + (object["examples"]?.arrayValue ?? [])
            + (object["default"].map { [$0] } ?? [])
        let nullable = version == .v3_0 && object["nullable"]?.boolValue == true
        if nullable { note("nullable") }
        return (schema, nullable)
    }
}
