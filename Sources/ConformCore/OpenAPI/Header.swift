/// A response header.
public struct Header: Sendable, Hashable {
    public var name: String
    public var required: Bool
    public var schema: DocumentPointer?
    /// Where the header object is (after `$ref`).
    public var pointer: DocumentPointer
}
