/// Turns schema nodes of a document set into ``SchemaNode``s, once per node.
///
/// Every subschema is compiled through the cache, keyed by its place in the documents; a
/// `$ref` links to the cached node of its target, created before it is filled, so recursive
/// schemas compile in one pass and never loop.
struct SchemaCompiler {
    let documents: DocumentSet
    let dialect: SchemaDialect
    let resources: SchemaResources
    /// Whether `format` is checked or only an annotation.
    let assertFormats: Bool
    var nodes: [DocumentPointer: SchemaNode] = [:]
    var regexes: [String: Result<ECMARegex, RegexError>] = [:]
    /// Reference targets by base and reference text: large documents write the same few
    /// hundred references thousands of times, and each is also followed for `readOnly`.
    var targets: [ReferenceKey: DocumentPointer?] = [:]
    /// The nodes whose compilation has begun and not yet returned: a `$ref` to one of them may
    /// close a cycle (see ``forwarded(_:)``).
    var compiling: Set<ObjectIdentifier> = []

    struct ReferenceKey: Hashable {
        let base: String
        let reference: String
    }

    struct RegexError: Error {
        let message: String
    }

    /// How OAS 3.0 `nullable` is read.
    let nullable: NullableReading

    init(documents: DocumentSet, dialect: SchemaDialect, assertFormats: Bool, nullable: NullableReading) {
        self.documents = documents
        self.dialect = dialect
        self.assertFormats = assertFormats
        self.nullable = nullable
        resources = SchemaResources(documents: documents, dialect: dialect)
    }

    /// The compiled node at `pointer`, compiling it and everything it reaches if needed.
    mutating func node(at pointer: DocumentPointer) -> SchemaNode {
        if let node = nodes[pointer] { return node }
        let node = SchemaNode(pointer: pointer)
        nodes[pointer] = node
        compiling.insert(ObjectIdentifier(node))
        defer { compiling.remove(ObjectIdentifier(node)) }
        switch documents.value(at: pointer) {
        case .bool(false):
            node.kind = .nothing
        case .object(let object):
            node.setChecks(checks(for: object, at: pointer, of: node))
            node.kind = node.checks.isEmpty ? .anything : .checks
            node.appliesAtSameDepth = node.checks.contains { $0.rule.appliesAtSameDepth }
            node.admitsNull = dialect == .openAPI30 && nullable == .lenient && object["nullable"] == .bool(true)
        case .bool(true):
            node.kind = .anything
        case nil:
            node.setChecks([Check(name: "$ref", pointer: pointer, rule: .broken("schema \(pointer) does not exist"))])
            node.kind = .checks
        default:
            node.setChecks([Check(name: "schema", pointer: pointer, rule: .broken("\(pointer) is not a schema"))])
            node.kind = .checks
        }
        return node
    }

    private mutating func regex(_ source: String) -> Result<ECMARegex, RegexError> {
        if let cached = regexes[source] { return cached }
        let result: Result<ECMARegex, RegexError>
        do {
            result = .success(try ECMARegex(source))
        } catch {
            result = .failure(RegexError(message: "pattern \(Render.string(source)) is not a valid regular expression"))
        }
        regexes[source] = result
        return result
    }

    private static func integer(_ value: JSONValue?) -> Int? {
        guard let number = value?.numberValue, number.isInteger else { return nil }
        if let small = number.int64Value { return Int(clamping: small) }
        return number < 0 ? Int.min : Int.max
    }

    /// The node that `reference`, written where `base` is in force, designates; nil when none.
    private mutating func target(of reference: String, base: String) -> DocumentPointer? {
        let key = ReferenceKey(base: base, reference: reference)
        if let known = targets[key] { return known }
        let target = resources.target(of: reference, base: base, in: documents)
        targets[key] = target
        return target
    }

    /// The `readOnly`/`writeOnly: true` member of the property schema at `pointer`, following `$ref`s.
    private mutating func flag(_ name: String, at pointer: DocumentPointer) -> DocumentPointer? {
        var current = pointer
        var seen: Set<DocumentPointer> = []
        while seen.insert(current).inserted, let value = documents.value(at: current) {
            if value[name] == .bool(true) { return current.appending(name) }
            guard let reference = value["$ref"]?.stringValue,
                let next = target(of: reference, base: resources.base(of: current))
            else { return nil }
            current = next
        }
        return nil
    }

    private mutating func link(_ reference: String, from pointer: DocumentPointer) -> Rule {
        let base = resources.base(of: pointer)
        guard let target = target(of: reference, base: base) else {
            return .broken("reference \(Render.string(reference)) does not resolve")
        }
        let compiled = node(at: target)
        return .ref(NodeLink(forwarded(compiled)))
    }

    private mutating func link(at pointer: DocumentPointer) -> NodeLink {
        // Compiled before `forwarded` reads `self`: `forwarded(node(at:))` would hold a copy of
        // `self` across the compilation, and every insert into the cache would copy the cache.
        let compiled = node(at: pointer)
        return NodeLink(forwarded(compiled))
    }

    /// `node`, or the target of its `$ref` when that `$ref` is all the node checks (`{$ref, description}`,
    /// the commonest subschema in generated specs) and the target is compiled: the walk then
    /// skips a node that only passes the value on, and its errors are the target's either way.
    /// A target still being compiled may lead back here; its `$ref` check then stays in the
    /// cycle, where it stops a loop that reaches no value.
    private func forwarded(_ node: SchemaNode) -> SchemaNode {
        guard node.kind == .checks, node.checks.count == 1, !node.admitsNull,
            case .ref(let target) = node.checks[0].rule, !compiling.contains(ObjectIdentifier(target.node))
        else { return node }
        return target.node
    }

    private mutating func checks(for object: JSONObject, at pointer: DocumentPointer, of compiled: SchemaNode) -> [Check] {
        var checks: [Check] = []
        func add(_ keyword: String, _ rule: Rule) {
            checks.append(Check(name: keyword, pointer: pointer.appending(keyword), rule: rule))
        }
        let modern = !dialect.isDraft4

        if let reference = object["$ref"]?.stringValue {
            add("$ref", link(reference, from: pointer))
            // Draft 4 and OpenAPI 3.0 ignore every sibling of `$ref`.
            if !modern { return checks }
        }
        if modern, let reference = object["$dynamicRef"]?.stringValue {
            add("$dynamicRef", link(reference, from: pointer))
        }

        // Cheap type-level checks first: they decide most invalid values.
        if let type = object["type"] {
            var set: TypeSet = []
            var names: [String] = []
            for name in type.arrayValue ?? [type] {
                guard let text = name.stringValue, let bit = TypeSet.names.first(where: { $0.0 == text })?.1 else {
                    continue
                }
                set.insert(bit)
                names.append(text)
            }
            if dialect == .openAPI30, object["nullable"] == .bool(true), !set.contains(.null) {
                set.insert(.null)
                names.append("null")
            }
            add("type", .type(set, names: names))
        }
        if case .array(let values)? = object["enum"] {
            add("enum", .enumeration(
                values, strings: NameTable(values.compactMap(\.stringValue)),
                others: values.filter { $0.stringValue == nil }))
        }
        if modern, let value = object["const"] { add("const", .constant(value)) }

        // Numbers.
        if let minimum = object["minimum"]?.numberValue {
            add("minimum", .minimum(minimum, exclusive: !modern && object["exclusiveMinimum"] == .bool(true)))
        }
        if let maximum = object["maximum"]?.numberValue {
            add("maximum", .maximum(maximum, exclusive: !modern && object["exclusiveMaximum"] == .bool(true)))
        }
        if modern, let minimum = object["exclusiveMinimum"]?.numberValue {
            add("exclusiveMinimum", .minimum(minimum, exclusive: true))
        }
        if modern, let maximum = object["exclusiveMaximum"]?.numberValue {
            add("exclusiveMaximum", .maximum(maximum, exclusive: true))
        }
        if let divisor = object["multipleOf"]?.numberValue, divisor > 0 { add("multipleOf", .multipleOf(divisor)) }

        // Strings.
        if let limit = SchemaCompiler.integer(object["minLength"]) { add("minLength", .minLength(limit)) }
        if let limit = SchemaCompiler.integer(object["maxLength"]) { add("maxLength", .maxLength(limit)) }
        if let source = object["pattern"]?.stringValue {
            switch regex(source) {
            case .success(let regex): add("pattern", .pattern(regex))
            case .failure(let error): add("pattern", .broken(error.message))
            }
        }
        if assertFormats, let name = object["format"]?.stringValue, let format = Format(rawValue: name) {
            add("format", .format(format))
        }

        // Objects. One table of the names `properties` and `required` use, matched once per object.
        let properties = object["properties"]?.objectValue
        let requiredValues = object["required"]?.arrayValue ?? []
        let names = (properties?.keys ?? []) + requiredValues.compactMap(\.stringValue)
        let table = NameTable(names)
        if !names.isEmpty { compiled.names = table }
        if !requiredValues.isEmpty {
            var required: [RequiredName] = []
            var seen: Set<Int> = []
            for (index, name) in requiredValues.enumerated() {
                // A repeated name is checked once.
                guard let name = name.stringValue, let position = table.position(of: name),
                    seen.insert(position).inserted
                else { continue }
                var readOnly = false
                var writeOnly = false
                if dialect.isOpenAPI, properties?[name] != nil {
                    let property = pointer.appending("properties").appending(name)
                    readOnly = flag("readOnly", at: property) != nil
                    writeOnly = flag("writeOnly", at: property) != nil
                }
                required.append(RequiredName(
                    name: name, position: position, pointer: pointer.appending("required").appending(index),
                    readOnly: readOnly, writeOnly: writeOnly))
            }
            if !required.isEmpty { add("required", .required(required)) }
        }
        if let limit = SchemaCompiler.integer(object["minProperties"]) { add("minProperties", .minProperties(limit)) }
        if let limit = SchemaCompiler.integer(object["maxProperties"]) { add("maxProperties", .maxProperties(limit)) }
        if let properties {
            let base = pointer.appending("properties")
            var rules: [PropertyRule] = []
            for name in properties.keys {
                let at = base.appending(name)
                rules.append(PropertyRule(
                    name: name, node: link(at: at),
                    readOnly: dialect.isOpenAPI ? flag("readOnly", at: at) : nil,
                    writeOnly: dialect.isOpenAPI ? flag("writeOnly", at: at) : nil))
            }
            compiled.setProperties(rules)
            add("properties", .properties)
        }
        var patterns: [ECMARegex] = []
        if case .object(let map)? = object["patternProperties"] {
            var rules: [(ECMARegex, NodeLink)] = []
            for source in map.keys {
                switch regex(source) {
                case .success(let regex):
                    patterns.append(regex)
                    rules.append((regex, link(at: pointer.appending("patternProperties").appending(source))))
                case .failure(let error):
                    add("patternProperties", .broken(error.message))
                }
            }
            add("patternProperties", .patternProperties(rules))
        }
        if object["additionalProperties"] != nil {
            add("additionalProperties", .additionalProperties(
                link(at: pointer.appending("additionalProperties")), propertyCount: properties?.count ?? 0,
                patterns: patterns))
        }
        if modern, object["propertyNames"] != nil {
            add("propertyNames", .propertyNames(link(at: pointer.appending("propertyNames"))))
        }
        compileDependencies(object, at: pointer, into: &checks)

        // Arrays.
        if let limit = SchemaCompiler.integer(object["minItems"]) { add("minItems", .minItems(limit)) }
        if let limit = SchemaCompiler.integer(object["maxItems"]) { add("maxItems", .maxItems(limit)) }
        if object["uniqueItems"] == .bool(true) { add("uniqueItems", .uniqueItems) }
        var prefixCount = 0
        if modern, case .array(let prefix)? = object["prefixItems"] {
            prefixCount = prefix.count
            add("prefixItems", .prefixItems(prefix.indices.map { link(at: pointer.appending("prefixItems").appending($0)) }))
        }
        switch object["items"] {
        case .array(let tuple)? where !modern:
            add("items", .prefixItems(tuple.indices.map { link(at: pointer.appending("items").appending($0)) }))
            if object["additionalItems"] != nil {
                add("additionalItems", .items(link(at: pointer.appending("additionalItems")), start: tuple.count))
            }
        case .some:
            add("items", .items(link(at: pointer.appending("items")), start: prefixCount))
        default:
            break
        }
        if modern, object["contains"] != nil {
            let minimum = SchemaCompiler.integer(object["minContains"]) ?? 1
            let maximum = SchemaCompiler.integer(object["maxContains"])
            add("contains", .contains(
                link(at: pointer.appending("contains")), min: minimum, max: maximum,
                minPointer: object["minContains"] == nil ? nil : pointer.appending("minContains"),
                maxPointer: object["maxContains"] == nil ? nil : pointer.appending("maxContains")))
        }

        // Applicators.
        let discriminator = dialect.isOpenAPI ? compileDiscriminator(object, at: pointer) : nil
        if case .array(let all)? = object["allOf"] {
            add("allOf", .allOf(all.indices.map { link(at: pointer.appending("allOf").appending($0)) }))
        }
        if let discriminator {
            // The discriminator picks the one branch to check, instead of trying them all.
            add("discriminator", discriminator)
        } else {
            if case .array(let any)? = object["anyOf"] {
                add("anyOf", .anyOf(any.indices.map { link(at: pointer.appending("anyOf").appending($0)) }))
            }
            if case .array(let one)? = object["oneOf"] {
                add("oneOf", .oneOf(one.indices.map { link(at: pointer.appending("oneOf").appending($0)) }))
            }
        }
        if object["not"] != nil { add("not", .not(link(at: pointer.appending("not")))) }
        if modern, object["if"] != nil {
            add("if", .conditional(
                if: link(at: pointer.appending("if")),
                then: object["then"] == nil ? nil : link(at: pointer.appending("then")),
                else: object["else"] == nil ? nil : link(at: pointer.appending("else"))))
        }

        // Last: they depend on what the other keywords evaluated.
        if modern, object["unevaluatedProperties"] != nil {
            add("unevaluatedProperties", .unevaluatedProperties(link(at: pointer.appending("unevaluatedProperties"))))
        }
        if modern, object["unevaluatedItems"] != nil {
            add("unevaluatedItems", .unevaluatedItems(link(at: pointer.appending("unevaluatedItems"))))
        }
        return checks
    }

    /// `dependentRequired`, `dependentSchemas`, and draft 4's `dependencies` (either kind).
    private mutating func compileDependencies(_ object: JSONObject, at pointer: DocumentPointer, into checks: inout [Check]) {
        func names(_ value: JSONValue) -> [String]? {
            value.arrayValue?.compactMap(\.stringValue)
        }
        let modern = !dialect.isDraft4
        if modern, case .object(let map)? = object["dependentRequired"] {
            let pairs = map.keys.compactMap { key in names(map[key]!).map { (key, $0) } }
            checks.append(Check(name: "dependentRequired", pointer: pointer.appending("dependentRequired"), rule: .dependentRequired(pairs)))
        }
        if modern, case .object(let map)? = object["dependentSchemas"] {
            let base = pointer.appending("dependentSchemas")
            let pairs = map.keys.map { ($0, link(at: base.appending($0))) }
            checks.append(Check(name: "dependentSchemas", pointer: base, rule: .dependentSchemas(pairs)))
        }
        // Draft 4's `dependencies`, of either kind; 2020-12 split it in two but tools still read it.
        if case .object(let map)? = object["dependencies"] {
            let base = pointer.appending("dependencies")
            var required: [(String, [String])] = []
            var schemas: [(String, NodeLink)] = []
            for key in map.keys {
                if let list = names(map[key]!) {
                    required.append((key, list))
                } else {
                    schemas.append((key, link(at: base.appending(key))))
                }
            }
            if !required.isEmpty { checks.append(Check(name: "dependencies", pointer: base, rule: .dependentRequired(required))) }
            if !schemas.isEmpty { checks.append(Check(name: "dependencies", pointer: base, rule: .dependentSchemas(schemas))) }
        }
    }

    /// OpenAPI's `discriminator` next to `oneOf`/`anyOf`: explicit `mapping` entries, then the
    /// schema names (the last token of their `$ref`) of the branches no mapping entry names.
    /// Nil when that names no schema at all (inline branches and no mapping): the discriminator
    /// cannot pick a branch, and "inline schemas will not be considered" must not reject every
    /// value, so the `oneOf`/`anyOf` decides alone.
    private mutating func compileDiscriminator(_ object: JSONObject, at pointer: DocumentPointer) -> Rule? {
        guard let property = object["discriminator"]?["propertyName"]?.stringValue,
            let branches = (object["oneOf"] ?? object["anyOf"])?.arrayValue
        else { return nil }
        let branchKeyword = object["oneOf"] != nil ? "oneOf" : "anyOf"
        var choices: [String: NodeLink] = [:]
        var expected: [String] = []
        var mapped: Set<DocumentPointer> = []
        if case .object(let mapping)? = object["discriminator"]?["mapping"] {
            let mappingPointer = pointer.appending("discriminator").appending("mapping")
            for key in mapping.keys {
                guard let text = mapping[key]?.stringValue else { continue }
                // A bare name means a schema under components/schemas.
                let reference = text.contains("/") || text.contains("#") ? text : "#/components/schemas/" + text
                let from = mappingPointer.appending(key)
                let base = text.contains("/") || text.contains("#") ? resources.base(of: from) : documents.rootFile
                if let target = target(of: reference, base: base) {
                    choices[key] = NodeLink(node(at: target))
                    expected.append(key)
                    mapped.insert(target)
                }
            }
        }
        for index in branches.indices {
            let branch = pointer.appending(branchKeyword).appending(index)
            guard let reference = branches[index]["$ref"]?.stringValue,
                let name = reference.split(separator: "/").last.map(String.init),
                choices[name] == nil,
                let target = target(of: reference, base: resources.base(of: branch)),
                !mapped.contains(target)
            else { continue }
            choices[name] = NodeLink(node(at: target))
            expected.append(name)
        }
        return choices.isEmpty ? nil : .discriminator(property: property, choices: choices, expected: expected)
    }
}
