/// `auth_enforced`: an operation whose security has no anonymous alternative must answer a
/// valid request sent without credentials, or with wrong ones of the same scheme, 401 or 403.
enum AuthEnforcedCheck: ExchangeCheck {
    static let check = CheckName.authEnforced
    /// The answers that refuse missing or wrong credentials.
    static let refusals: Set<Int> = [401, 403]

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.purpose.isProbe && operation.requiresAuthentication && exchange.response != nil
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let received = exchange.response, !refusals.contains(received.status)
        else { return [] }
        let schemes = operation.security.flatMap { $0.schemes.map(\.name) }
        let sent = exchange.purpose == .wrongCredentials ? "with wrong credentials" : "without credentials"
        return [context.finding(
            check, exchange,
            message: "answered \(received.status) \(sent), not 401 or 403; the operation requires "
                + schemes.joined(separator: " or "),
            rule: operation.pointer)]
    }
}
