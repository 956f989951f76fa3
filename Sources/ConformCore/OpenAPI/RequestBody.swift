/// An operation's `requestBody`.
public struct RequestBody: Sendable, Hashable {
    public var required: Bool
    /// Media types in document order.
    public var content: [MediaType]
    /// Where the request body object is (after `$ref`).
    public var pointer: DocumentPointer
}
