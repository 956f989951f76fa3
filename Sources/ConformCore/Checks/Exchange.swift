/// One request sent for a case and what came back: the unit every check judges.
public struct Exchange: Sendable {
    /// Why the request was sent.
    public enum Purpose: Sendable, Hashable {
        /// A generated case, sent as the case says.
        case testCase
        /// A valid case sent again without any credentials (for `auth_enforced`).
        case unauthenticated
        /// One step of a create/read/update/delete sequence (for `resource_lifecycle`).
        case lifecycle(step: String)
        /// A valid case sent again with wrong credentials of the same scheme (for `auth_enforced`).
        case wrongCredentials

        /// True for the requests that test authentication rather than the operation.
        public var isProbe: Bool { self == .unauthenticated || self == .wrongCredentials }
    }

    /// The case's stable ID (for lifecycle steps, the family's ID and the step).
    public var caseID: String
    /// The ``Operation/id`` of the operation called.
    public var operationID: String
    /// The seed of a random case; nil for a case derived from the schema.
    public var seed: UInt64?
    public var expectation: Expectation
    public var purpose: Purpose
    /// True when credentials went with the request.
    public var authenticated: Bool
    /// The request as sent, secrets redacted.
    public var request: SentRequest
    /// The response, or why there is none.
    public var outcome: Result<ReceivedResponse, TransportError>
    /// From the first byte sent to the last byte read.
    public var duration: Duration

    public init(
        caseID: String, operationID: String, seed: UInt64?, expectation: Expectation, purpose: Purpose,
        authenticated: Bool, request: SentRequest, outcome: Result<ReceivedResponse, TransportError>,
        duration: Duration
    ) {
        self.caseID = caseID
        self.operationID = operationID
        self.seed = seed
        self.expectation = expectation
        self.purpose = purpose
        self.authenticated = authenticated
        self.request = request
        self.outcome = outcome
        self.duration = duration
    }

    /// The response, when one came back.
    public var response: ReceivedResponse? { try? outcome.get() }
}
