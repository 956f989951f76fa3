/// One way a response broke the document, with everything needed to see and replay it.
public struct Finding: Sendable, Hashable {
    public var check: CheckName
    /// The operation's ``Operation/id``.
    public var operationID: String
    /// The stable ID of the case (or lifecycle family) that showed it.
    public var caseID: String
    /// The seed of a random case; nil for a case derived from the schema.
    public var seed: UInt64?
    public var expectation: Expectation
    /// The response status; nil when the finding is about a missing response.
    public var status: Int?
    /// Where in the response body the problem is, when it is in the body.
    public var bodyPointer: JSONPointer?
    /// The document node of the rule broken (a schema keyword, a response, a header).
    public var rule: DocumentPointer?
    /// The rule's `file:line:col`, when the document has positions.
    public var ruleLocation: SourceLocation?
    /// One line, secrets redacted.
    public var message: String
    /// A POSIX shell command that sends the same request, secrets as placeholders.
    public var curl: String

    public init(
        check: CheckName, operationID: String, caseID: String, seed: UInt64?, expectation: Expectation, status: Int?,
        bodyPointer: JSONPointer? = nil, rule: DocumentPointer? = nil, ruleLocation: SourceLocation? = nil,
        message: String, curl: String
    ) {
        self.check = check
        self.operationID = operationID
        self.caseID = caseID
        self.seed = seed
        self.expectation = expectation
        self.status = status
        self.bodyPointer = bodyPointer
        self.rule = rule
        self.ruleLocation = ruleLocation
        self.message = message
        self.curl = curl
    }
}
