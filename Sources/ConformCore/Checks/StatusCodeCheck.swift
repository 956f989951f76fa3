/// `status_code`: the status must be one the operation documents, as an exact code, a
/// `2XX`-style range or `default`; an authentication probe's too (a 403 where only 401 is
/// documented is a finding).
enum StatusCodeCheck: ExchangeCheck {
    static let check = CheckName.statusCode

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.response != nil && !operation.responses.isEmpty
            && (exchange.purpose.isProbe || !exchange.lacksCredentials(for: operation))
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let status = exchange.response?.status, operation.response(for: status) == nil
        else { return [] }
        let documented = operation.responses.map(\.status.description).joined(separator: ", ")
        return [context.finding(
            check, exchange, message: "status \(status) is not documented (documented: \(documented))",
            rule: operation.pointer.appending("responses"))]
    }
}
