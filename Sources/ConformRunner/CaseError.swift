import ConformCore

/// A request that got no usable response (refused, reset, timed out, not HTTP), or a
/// response the runner could not judge whole (a body over the size cap).
public struct CaseError: Sendable, Hashable {
    public var operationID: String
    public var caseID: String
    public var seed: UInt64?
    public var error: TransportError
    /// A curl line that sends the same request, secrets as placeholders.
    public var curl: String

    public init(operationID: String, caseID: String, seed: UInt64?, error: TransportError, curl: String) {
        self.operationID = operationID
        self.caseID = caseID
        self.seed = seed
        self.error = error
        self.curl = curl
    }
}
