/// `positive_accepted`: a valid request must not be refused as a client error, except for
/// refusals a valid request can earn: 401 and 403 (credentials), 404 (an ID that does not
/// exist), 409 (a conflict with state) and 429 (rate limits). A 401 still counts when
/// credentials were sent for an operation that requires them.
enum PositiveAcceptedCheck: ExchangeCheck {
    static let check = CheckName.positiveAccepted
    static let excused: Set<Int> = [401, 403, 404, 409, 429]

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard exchange.purpose != .unauthenticated, exchange.expectation.isValid, let received = exchange.response,
            (400..<500).contains(received.status)
        else { return [] }
        let credentialsRefused = received.status == 401 && exchange.authenticated && operation.requiresAuthentication
        guard !excused.contains(received.status) || credentialsRefused else { return [] }
        let detail = credentialsRefused ? " although credentials were sent" : ""
        return [context.finding(check, exchange, message: "valid request answered \(received.status)\(detail)")]
    }
}
