/// `auth_enforced`: an operation whose security has no anonymous alternative must not
/// answer 2XX to a request sent without any credentials.
enum AuthEnforcedCheck: ExchangeCheck {
    static let check = CheckName.authEnforced

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard exchange.purpose == .unauthenticated, operation.requiresAuthentication,
            let received = exchange.response, received.isSuccess
        else { return [] }
        let schemes = operation.security.flatMap { $0.schemes.map(\.name) }
        return [context.finding(
            check, exchange,
            message: "answered \(received.status) without credentials; the operation requires \(schemes.joined(separator: " or "))",
            rule: operation.pointer)]
    }
}
