/// A response `links` entry: how a value of this response feeds another operation.
public struct Link: Sendable, Hashable {
    public var name: String
    /// The target by `operationId`, when given that way.
    public var operationId: String?
    /// The target by reference, when given that way.
    public var operationRef: String?
    /// Parameter name to runtime expression or constant (`$response.body#/id`).
    public var parameters: [String: JSONValue]
    public var pointer: DocumentPointer
}
