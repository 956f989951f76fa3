/// `positive_accepted`: a valid request must not be refused as a client error, except for
/// refusals a valid request can earn: 401 and 403 (credentials), 404 (an ID that does not
/// exist), 409 (a conflict with state) and 429 (rate limits). A 401 still counts when
/// credentials were sent for an operation that requires them. An operation on one existing
/// resource (a path with parameters) may also refuse with any 4XX it documents: the
/// resource's state, which the case does not control, decides (Quaderno documents 422 for
/// updating a session that is no longer pending).
enum PositiveAcceptedCheck: ExchangeCheck {
    static let check = CheckName.positiveAccepted
    static let excused: Set<Int> = [401, 403, 404, 409, 429]

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        !exchange.purpose.isProbe && exchange.expectation.isValid && exchange.response != nil
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let received = exchange.response, (400..<500).contains(received.status)
        else { return [] }
        let credentialsRefused = received.status == 401 && exchange.authenticated && operation.requiresAuthentication
        guard !excused.contains(received.status) || credentialsRefused else { return [] }
        let onExistingResource = operation.parameters.contains { $0.location == .path }
        if onExistingResource, case .code(received.status) = operation.response(for: received.status)?.status {
            return []
        }
        let detail = credentialsRefused ? " although credentials were sent" : ""
        return [context.finding(check, exchange, message: "valid request answered \(received.status)\(detail)")]
    }
}
