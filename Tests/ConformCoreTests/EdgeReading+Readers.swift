@testable import ConformCore

extension EdgeReading {
    /// The generator's reading: ``SchemaFacts`` (`$ref` followed, `allOf` merged, null-only
    /// branches turned into nullability).
    init(generator facts: SchemaFacts) {
        reader = "generator"
        nullable = facts.nullable
        types = facts.types
        enumValues = facts.constValue.map { [$0] } ?? facts.enumValues
        minimum = facts.minimum.map { Bound(value: $0.value, exclusive: $0.exclusive) }
        maximum = facts.maximum.map { Bound(value: $0.value, exclusive: $0.exclusive) }
        multipleOf = facts.multipleOf
        format = facts.format
        required = facts.required
        conditional = !facts.branches.isEmpty || !facts.negated.isEmpty || !facts.satisfiable
    }

    /// Drift's reading: the ``NormalizedSchema`` of ``SchemaNormalizer``.
    init(drift schema: NormalizedSchema) {
        reader = "drift"
        nullable = schema.nullable
        types = schema.types.map { set in Set(JSONTypeSet.ordered.filter { set.contains($0.0) }.map(\.1)) }
        enumValues = schema.enumValues
        minimum = schema.minimum.map { Bound(value: $0.value, exclusive: $0.exclusive) }
        maximum = schema.maximum.map { Bound(value: $0.value, exclusive: $0.exclusive) }
        multipleOf = schema.multipleOf
        format = schema.format
        required = schema.required
        conditional = !schema.alternatives.isEmpty || schema.not != nil
    }
}
