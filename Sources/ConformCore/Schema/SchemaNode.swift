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
    // The fields below are written only by the compiler under the validator's lock, before any
    // read (see above), so the walk skips the runtime's exclusivity checks on every read.
    @exclusivity(unchecked) var kind: Kind = .anything
    /// Null passes before any check (OAS 3.0 `nullable: true`, read leniently).
    @exclusivity(unchecked) var admitsNull = false
    /// True when a check applies a subschema to a value at the same instance depth: only
    /// then can a `$ref` to this node come back to itself without descending.
    @exclusivity(unchecked) var appliesAtSameDepth = false
    /// The names `properties` and then `required` use (positions match ``PropertyRule``s), if any.
    @exclusivity(unchecked) var names: NameTable?

    /// The checks, in memory the node owns: the walk reads them without retaining an array.
    @exclusivity(unchecked) private(set) var checks = UnsafeBufferPointer<Check>(start: nil, count: 0)
    /// The schemas under `properties`, in the order of ``names``; owned the same way.
    @exclusivity(unchecked) private(set) var properties = UnsafeBufferPointer<PropertyRule>(start: nil, count: 0)

    init(pointer: DocumentPointer) {
        self.pointer = pointer
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: checks).deinitialize().deallocate()
        UnsafeMutableBufferPointer(mutating: properties).deinitialize().deallocate()
    }

    /// Sets the checks, once, while the node is compiled.
    func setChecks(_ list: [Check]) {
        precondition(checks.isEmpty, "a node's checks are set once")
        checks = SchemaNode.owned(list)
    }

    /// Sets the `properties` rules, once, while the node is compiled.
    func setProperties(_ list: [PropertyRule]) {
        precondition(properties.isEmpty, "a node's properties are set once")
        properties = SchemaNode.owned(list)
    }

    private static func owned<Element>(_ list: [Element]) -> UnsafeBufferPointer<Element> {
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: list.count)
        _ = memory.initialize(from: list)
        return UnsafeBufferPointer(memory)
    }
}

/// An edge to a node (`$ref`, or a subschema a keyword applies).
///
/// Unmanaged, because the validator's cache owns every node and edges may form cycles; and
/// because the walk then borrows each node it visits instead of retaining and releasing it.
/// Every walk holds the validator (``CompiledSchema`` keeps it), so the nodes outlive it.
struct NodeLink {
    private let reference: Unmanaged<SchemaNode>

    init(_ node: SchemaNode) {
        reference = Unmanaged.passUnretained(node)
    }

    /// The node, retained: for the paths that keep it or compare identities.
    var node: SchemaNode { reference.takeUnretainedValue() }

    var kind: SchemaNode.Kind { reference._withUnsafeGuaranteedRef { $0.kind } }

    /// Calls `body` with the node, borrowed.
    func with<Result>(_ body: (SchemaNode) throws -> Result) rethrows -> Result {
        try reference._withUnsafeGuaranteedRef(body)
    }
}

/// One keyword (or a group of keywords that are checked together) of a compiled schema.
///
/// A class, so that the walk borrows one reference per check from its node instead of
/// copying each of its fields.
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
    let node: NodeLink
    /// The `readOnly: true` member that applies, if any (directly or through `$ref`).
    let readOnly: DocumentPointer?
    /// The `writeOnly: true` member that applies, if any.
    let writeOnly: DocumentPointer?

    init(name: String, node: NodeLink, readOnly: DocumentPointer?, writeOnly: DocumentPointer?) {
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
    /// The node's ``SchemaNode/properties``.
    case properties
    case patternProperties([(ECMARegex, NodeLink)])
    /// The members that neither the first `propertyCount` names of the node nor `patterns` match.
    indirect case additionalProperties(NodeLink, propertyCount: Int, patterns: [ECMARegex])
    case propertyNames(NodeLink)
    case minProperties(Int)
    case maxProperties(Int)
    case dependentRequired([(String, [String])])
    case dependentSchemas([(String, NodeLink)])
    case prefixItems([NodeLink])
    /// `items` (2020-12), draft-4 `items` as one schema, or `additionalItems`: every element from `start` on.
    case items(NodeLink, start: Int)
    indirect case contains(NodeLink, min: Int, max: Int?, minPointer: DocumentPointer?, maxPointer: DocumentPointer?)
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
    case allOf([NodeLink])
    case anyOf([NodeLink])
    case oneOf([NodeLink])
    case not(NodeLink)
    indirect case conditional(if: NodeLink, then: NodeLink?, else: NodeLink?)
    case ref(NodeLink)
    indirect case discriminator(property: String, choices: [String: NodeLink], expected: [String])
    case unevaluatedProperties(NodeLink)
    case unevaluatedItems(NodeLink)
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
