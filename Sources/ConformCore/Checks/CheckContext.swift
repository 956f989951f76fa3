/// What the checks need besides the exchange: the document, its operations by ID, the
/// schema validator and the redactor every finding's text goes through.
public struct CheckContext: Sendable {
    public let document: Document
    public let validator: SchemaValidator
    public let redactor: Redactor
    private let operations: [String: Operation]

    /// A context with a validator of its own for `document`, unless one is given to share.
    public init(document: Document, validator: SchemaValidator? = nil, redactor: Redactor) {
        self.document = document
        self.validator = validator ?? SchemaValidator(documents: document.documents)
        self.redactor = redactor
        operations = Dictionary(document.operations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The operation with `id`.
    public func operation(withID id: String) -> Operation? { operations[id] }

    /// The `file:line:col` of a document node.
    public func location(of pointer: DocumentPointer) -> SourceLocation? {
        document.documents.location(of: pointer)
    }

    /// A finding about `exchange`, its message redacted and its curl line built.
    public func finding(
        _ check: CheckName, _ exchange: Exchange, message: String, bodyPointer: JSONPointer? = nil,
        rule: DocumentPointer? = nil, ruleLocation: SourceLocation? = nil
    ) -> Finding {
        Finding(
            check: check, operationID: exchange.operationID, caseID: exchange.caseID, seed: exchange.seed,
            expectation: exchange.expectation, status: exchange.response?.status, bodyPointer: bodyPointer,
            rule: rule, ruleLocation: ruleLocation ?? rule.flatMap(location(of:)),
            message: redactor.redact(message), curl: CurlCommand.line(for: exchange.request, redactor: redactor))
    }
}

/// One named check over single exchanges.
protocol ExchangeCheck {
    static var check: CheckName { get }
    /// True when the check judges the response of `exchange` (one came back), which called
    /// `operation`: what reports count as the check's responses judged.
    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool
    /// The findings of `exchange`, which called `operation`; none unless ``judges(_:of:)``.
    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding]
}

extension Exchange {
    /// True when `operation` needs credentials and the right ones did not go with the
    /// request: its response is judged by `server_error` and `auth_enforced` (and a probe's
    /// status by `status_code`), since a 401 is then the right answer.
    public func lacksCredentials(for operation: Operation) -> Bool {
        operation.requiresAuthentication && (purpose.isProbe || !authenticated)
    }

    /// The received response and the documented response its status selects, for the
    /// exchanges the response checks judge.
    func documentedResponse(of operation: Operation) -> (received: ReceivedResponse, documented: Response)? {
        guard let received = response, !lacksCredentials(for: operation),
            let documented = operation.response(for: received.status)
        else { return nil }
        return (received, documented)
    }
}
