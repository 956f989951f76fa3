/// One way a value fails its schema, as the self-check needs it.
public struct SchemaFailure: Sendable, Hashable {
    /// The keyword that failed (`minimum`, `required`, `oneOf`).
    public var keyword: String
    /// Where in the value.
    public var pointer: JSONPointer

    public init(keyword: String, pointer: JSONPointer) {
        self.keyword = keyword
        self.pointer = pointer
    }
}

/// The validator the generator's self-check asks: the seam between case generation and
/// schema validation, so the generator depends on two questions rather than on a type.
public protocol CaseValidating: Sendable {
    /// Every failure of `instance` against the schema at `schema`, for a request value.
    func failures(of instance: JSONValue, against schema: DocumentPointer) -> [SchemaFailure]
    /// True when `instance` is valid against the schema at `schema`, for a request value.
    func accepts(_ instance: JSONValue, against schema: DocumentPointer) -> Bool
}
