/// The proof of a breaking change: a concrete value that one version accepts and the other
/// rejects, checked against both documents.
///
/// For a request rule the old document accepts the value and the new one rejects it; for a
/// response rule the new document allows it and the old one forbade it.
public struct Witness: Sendable, Hashable {
    /// What the value stands for (`request body application/json`, `query parameter limit`,
    /// `request`, `response`).
    public var subject: String
    /// The operation the value is sent to or received from (its ID in the new document, or
    /// in the old one when the operation is gone).
    public var operation: String
    /// The value itself: a body, a parameter value, or for operation-level rules a small
    /// description of the request or response (`{"status":418}`).
    public var value: JSONValue

    public init(subject: String, operation: String, value: JSONValue) {
        self.subject = subject
        self.operation = operation
        self.value = value
    }
}
