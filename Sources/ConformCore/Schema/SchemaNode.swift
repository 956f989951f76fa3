/// One compiled schema: its keywords pre-parsed into checks that need no look-ups at
/// validation time.
///
/// Nodes are created and filled only while the validator's lock is held, and never change
/// once the compilation that created them returns; after that, any number of tasks may read
/// them at once.
final class SchemaNode: @unchecked Sendable {
    enum Kind {
        /// `true`, `{}`, or a schema made only of annotations.
        case anything
        /// `false`.
        case nothing
        /// An object schema with at least one check.
        case checks
    }

    /// Where the schema is written.
    let pointer: DocumentPointer
    var kind: Kind = .anything
    var checks: [Check] = []
    /// Null passes before any check (OAS 3.0 `nullable: true`, read leniently).
    var admitsNull = false
    /// True when a check applies a subschema to a value at the same instance depth: only
    /// then can a `$ref` to this node come back to itself without descending.
    var appliesAtSameDepth = false
    /// The names `properties` and then `required` use (positions match ``PropertyRule``s), if any.
    var names: NameTable?

    init(pointer: DocumentPointer) {
        self.pointer = pointer
    }
}

/// A `$ref` edge. Unowned, because the validator's cache owns every node and references may
/// form cycles.
struct NodeLink {
    unowned let node: SchemaNode
}

/// One keyword (or a group of keywords that are checked together) of a compiled schema.
///
/// A class, so that walking a node's checks retains one reference per check instead of
/// each of its fields.
final class Check {
    /// The keyword as errors name it.
    let name: String
    /// The keyword in the document.
    let pointer: DocumentPointer
    let rule: Rule

    init(name: String, pointer: DocumentPointer, rule: Rule) {
        self.name = name
        self.pointer = pointer
        self.rule = rule
    }
}

/// A bit set of JSON Schema type names.
struct TypeSet: OptionSet {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1)
    static let boolean = TypeSet(rawValue: 2)
    static let object = TypeSet(rawValue: 4)
    static let array = TypeSet(rawValue: 8)
    static let number = TypeSet(rawValue: 16)
    static let string = TypeSet(rawValue: 32)
    static let integer = TypeSet(rawValue: 64)

    static let names: [(String, TypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("object", .object), ("array", .array),
        ("number", .number), ("string", .string), ("integer", .integer),
    ]

    /// True when `value` has one of the types (an integral number is also an `integer`).
    func admits(_ value: JSONValue) -> Bool {
        let bit: TypeSet
        switch value {
        case .null: bit = .null
        case .bool: bit = .boolean
        case .object: bit = .object
        case .array: bit = .array
        case .string: bit = .string
        case .number(let number):
            return contains(.number) || (contains(.integer) && number.isInteger)
        }
        return contains(bit)
    }
}

/// A schema under `properties`, with what OpenAPI's `readOnly`/`writeOnly` say about it.
/// A class for the same reason as ``Check``.
final class PropertyRule {
    let name: String
    let node: SchemaNode
    /// The `readOnly: true` member that applies, if any (directly or through `$ref`).
    let readOnly: DocumentPointer?
    /// The `writeOnly: true` member that applies, if any.
    let writeOnly: DocumentPointer?

    init(name: String, node: SchemaNode, readOnly: DocumentPointer?, writeOnly: DocumentPointer?) {
        self.name = name
        self.node = node
        self.readOnly = readOnly
        self.writeOnly = writeOnly
    }
}

/// A name under `required`; a class for the same reason as ``Check``.
final class RequiredName {
    let name: String
    /// Where the name is in its node's ``SchemaNode/names``.
    let position: Int
    let pointer: DocumentPointer
    let readOnly: Bool
    let writeOnly: Bool

    init(name: String, position: Int, pointer: DocumentPointer, readOnly: Bool, writeOnly: Bool) {
        self.name = name
        self.position = position
        self.pointer = pointer
        self.readOnly = readOnly
        self.writeOnly = writeOnly
    }
}

/// What a check tests. Cases with more than one reference are `indirect`, so that copying a
/// rule out of its check retains one box.
enum Rule {
    case type(TypeSet, names: [String])
    /// The values, their strings looked up by bytes, and the values that are not strings.
    indirect case enumeration([JSONValue], strings: NameTable, others: [JSONValue])
    case constant(JSONValue)
    /// The names, without repeats.
    case required([RequiredName])
    /// The rules, in the order of the node's ``SchemaNode/names``.
    case properties([PropertyRule])
    case patternProperties([(ECMARegex, SchemaNode)])
    /// The members that neither the first `propertyCount` names of the node nor `patterns` match.
    indirect case additionalProperties(SchemaNode, propertyCount: Int, patterns: [ECMARegex])
    case propertyNames(SchemaNode)
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, SchemaNode)])
    case prefixItems([SchemaNode])
    /// `items` (2020-12), draft-4 `items` as one schema, or `additionalItems`: every element from `start` on.
    case items(SchemaNode, start: Int)
    indirect case contains(SchemaNode, min: Int, max: Int?, minPointer: DocumentPointer?, maxPointer: DocumentPointer?)
    case minItems(Int)
    case maxItems(Int)
    case uniqueItems
    case minLength(Int)
    case maxLength(Int)
    case pattern(ECMARegex)
    case format(Format)
    case minimum(JSONNumber, exclusive: Bool)
    case maximum(JSONNumber, exclusive: Bool)
    case multipleOf(JSONNumber)
    case allOf([SchemaNode])
    case anyOf([SchemaNode])
    case oneOf([SchemaNode])
    case not(SchemaNode)
    indirect case conditional(if: SchemaNode, then: SchemaNode?, else: SchemaNode?)
    case ref(NodeLink)
    indirect case discriminator(property: String, choices: [String: NodeLink], expected: [String])
    case unevaluatedProperties(SchemaNode)
    case unevaluatedItems(SchemaNode)
    /// A schema the compiler could not make sense of (unresolvable `$ref`, bad pattern).
    case broken(String)

    /// True when the rule validates a subschema against the same value, or against a value
    /// without counting a level of depth (`contains`, `propertyNames`).
    var appliesAtSameDepth: Bool {
        switch self {
        case .allOf, .anyOf, .oneOf, .not, .conditional, .ref, .discriminator, .dependentSchemas, .propertyNames,
            .contains:
            return true
        default:
            return false
        }
    }
}
