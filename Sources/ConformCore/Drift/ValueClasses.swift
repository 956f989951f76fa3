/// The kinds of value a normalized schema admits, as a ``JSONTypeSet`` whose `number` bit
/// stands for the numbers that are not integers and whose `integer` bit for the integers:
/// what drift compares to say which kinds a change refuses or lets through, in one finding.
enum ValueClasses {
    /// Every kind of value.
    static let all: JSONTypeSet = [.null, .boolean, .object, .array, .number, .string, .integer]

    /// How deep `anyOf`/`oneOf` branches are read; deeper lists count as admitting every kind.
    private static let maxDepth = 4

    /// The kinds `schema` admits: its types and enum, then for each `anyOf` list the kinds
    /// some branch admits and for each `oneOf` list those exactly one branch can admit (a
    /// kind that two unconstrained branches both admit, like integers under `integer` and
    /// `number`, matches both and is refused); null on top when the schema is nullable.
    static func of(_ schema: NormalizedSchema, _ normalizer: SchemaNormalizer, depth: Int = 0) -> JSONTypeSet {
        var classes = all
        if let types = schema.types {
            classes = types.contains(.number) ? types.union(.integer) : types
        }
        if let values = schema.enumValues {
            classes = classes.intersection(values.reduce(into: JSONTypeSet()) { $0.formUnion(JSONTypeSet(name: $1.typeName) ?? []) })
        }
        for group in schema.alternatives where depth < maxDepth {
            var admitted = JSONTypeSet()
            var doubled = JSONTypeSet()
            for branch in group.branches {
                let child = normalizer.schema(branch)
                let kinds = of(child, normalizer, depth: depth + 1)
                if group.exactlyOne && isUnconstrained(child) { doubled.formUnion(admitted.intersection(kinds)) }
                admitted.formUnion(kinds)
            }
            classes = classes.intersection(admitted.subtracting(doubled))
        }
        if schema.nullable { classes.insert(.null) }
        return classes
    }

    /// True when a schema admits every value of the kinds its types name.
    private static func isUnconstrained(_ schema: NormalizedSchema) -> Bool {
        schema.types != nil && schema.alternatives.isEmpty && !constrainsBesideTypes(schema)
    }

    /// True when a schema has a keyword other than `type`, `format`, `anyOf`/`oneOf` and
    /// nullability that refuses values.
    static func constrainsBesideTypes(_ schema: NormalizedSchema) -> Bool {
        schema.enumValues != nil || schema.minimum != nil || schema.maximum != nil || schema.multipleOf != nil
            || schema.pattern != nil || schema.minLength != nil || schema.maxLength != nil || !schema.properties.isEmpty
            || !schema.required.isEmpty || schema.additional != .any || schema.items != nil || schema.minItems != nil
            || schema.maxItems != nil || schema.not != nil
    }

    /// The kinds for a message: `any` for every kind, `number` for all numbers, `number (not
    /// integer)` for the fractional ones alone.
    static func names(_ classes: JSONTypeSet) -> String {
        if classes == all { return "any" }
        var names: [String] = []
        for (type, name) in JSONTypeSet.ordered where classes.contains(type) {
            switch type {
            case .integer where classes.contains(.number): continue
            case .number: names.append(classes.contains(.integer) ? "number" : "number (not integer)")
            default: names.append(name)
            }
        }
        return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
