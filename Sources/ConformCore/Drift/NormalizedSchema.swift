/// A schema with its spelling removed: references followed, `allOf` merged, every form of
/// nullability reduced to one flag, exclusive bounds in one form. Drift compares these and
/// builds witness candidates from them; the schema validator then checks the candidates.
struct NormalizedSchema {
    /// A numeric bound.
    struct Bound: Hashable {
        var value: JSONNumber
        var exclusive: Bool
    }

    /// What `additionalProperties` allows.
    enum Additional: Hashable {
        case any
        case forbidden
        case schema(Int)
    }

    /// OpenAPI's `discriminator` beside an `anyOf`/`oneOf` list.
    struct Discriminator: Hashable {
        var propertyName: String
        /// Discriminator values and the references they name.
        var mapping: [String: String]
    }

    /// An `anyOf` or `oneOf` list.
    struct Alternatives: Hashable {
        var exactlyOne: Bool
        var branches: [Int]
        /// Where the list is, for positions.
        var pointer: DocumentPointer
    }

    /// Accepted types; nil accepts every type.
    var types: JSONTypeSet?
    /// Accepted values (null is governed by ``nullable``); nil accepts every value.
    var enumValues: [JSONValue]?
    /// True when null is accepted on top of everything else.
    var nullable = false
    var format: String?
    var minimum: Bound?
    var maximum: Bound?
    var multipleOf: JSONNumber?
    var minLength: Int?
    var maxLength: Int?
    var minItems: Int?
    var maxItems: Int?
    var pattern: String?
    /// Property schemas, in document order, with where each is declared (its key in the
    /// schema object that declares it, for positions). Subschemas are ``SchemaNormalizer`` IDs.
    var properties: [(name: String, id: Int, at: DocumentPointer)] = []
    var required: [String] = []
    var additional: Additional = .any
    var items: Int?
    var alternatives: [Alternatives] = []
    var not: Int?
    var readOnly = false
    var writeOnly = false
    var deprecated = false
    /// OpenAPI's `discriminator`: the property that names the branch, and its `mapping`.
    var discriminator: Discriminator?
    /// `example`, `examples` and `default`, in that order: where witnesses may start.
    var examples: [JSONValue] = []
    /// For each keyword, where it is written (for positions): `exclusiveMinimum` is filed
    /// under `minimum`, `const` under `enum`.
    var origins: [String: DocumentPointer] = [:]
    /// The schema object reported when no keyword is more precise.
    var anchor: DocumentPointer?

    /// The schema of property `name`, if declared.
    func property(_ name: String) -> Int? {
        properties.first { $0.name == name }?.id
    }

    /// True when a value of `type` may pass the type and enum checks.
    func admits(_ type: JSONTypeSet) -> Bool {
        if type == .null && nullable { return true }
        if let types, !types.covers(type) { return false }
        if let enumValues {
            return enumValues.contains { JSONTypeSet(name: $0.typeName).map { type.covers($0) } ?? false }
        }
        return true
    }

    /// Enum values other than null, which nullability reports instead.
    var nonNullEnum: [JSONValue]? {
        enumValues?.filter { !$0.isNull }
    }

    /// The conjunction of `self` and `other`: a value must satisfy both; `union` gives the
    /// ID of the conjunction of two subschemas.
    func merged(with other: NormalizedSchema, union: (Int, Int) -> Int) -> NormalizedSchema {
        var result = self
        switch (types, other.types) {
        case let (a?, b?): result.types = a.intersecting(b)
        case (nil, let b): result.types = b
        default: break
        }
        if let b = other.enumValues {
            result.enumValues = enumValues.map { a in a.filter { b.contains($0) } } ?? b
        }
        result.nullable = nullable && other.nullable
        result.format = format ?? other.format
        result.minimum = Self.tighter(minimum, other.minimum, lower: true)
        result.maximum = Self.tighter(maximum, other.maximum, lower: false)
        result.multipleOf = multipleOf ?? other.multipleOf
        result.minLength = Self.combine(minLength, other.minLength, max)
        result.maxLength = Self.combine(maxLength, other.maxLength, min)
        result.minItems = Self.combine(minItems, other.minItems, max)
        result.maxItems = Self.combine(maxItems, other.maxItems, min)
        result.pattern = pattern ?? other.pattern
        for (name, id, at) in other.properties {
            if let index = result.properties.firstIndex(where: { $0.name == name }) {
                result.properties[index].id = union(result.properties[index].id, id)
            } else {
                result.properties.append((name, id, at))
            }
        }
        for name in other.required where !result.required.contains(name) { result.required.append(name) }
        switch (additional, other.additional) {
        case (.forbidden, _), (_, .forbidden): result.additional = .forbidden
        case let (.schema(a), .schema(b)): result.additional = .schema(union(a, b))
        case (.any, let b): result.additional = b
        default: break
        }
        switch (items, other.items) {
        case let (a?, b?): result.items = union(a, b)
        case (nil, let b): result.items = b
        default: break
        }
        result.alternatives += other.alternatives
        result.not = not ?? other.not
        result.readOnly = readOnly || other.readOnly
        result.writeOnly = writeOnly || other.writeOnly
        result.deprecated = deprecated || other.deprecated
        result.examples = examples + other.examples
        result.discriminator = discriminator ?? other.discriminator
        result.origins.merge(other.origins) { first, _ in first }
        result.anchor = anchor ?? other.anchor
        return result
    }

    /// The same schema, also accepting null.
    func addingNull() -> NormalizedSchema {
        var result = self
        result.nullable = true
        return result
    }

    private static func tighter(_ a: Bound?, _ b: Bound?, lower: Bool) -> Bound? {
        guard let a else { return b }
        guard let b else { return a }
        if a.value == b.value { return Bound(value: a.value, exclusive: a.exclusive || b.exclusive) }
        return (a.value < b.value) == lower ? b : a
    }

    private static func combine(_ a: Int?, _ b: Int?, _ pick: (Int, Int) -> Int) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return pick(a, b)
    }
}
