/// `status_code`: the status must be one the operation documents, as an exact code, a
/// `2XX`-style range or `default`.
enum StatusCodeCheck: ExchangeCheck {
    static let check = CheckName.statusCode

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard let status = exchange.response?.status, !exchange.lacksCredentials(for: operation),
            !operation.responses.isEmpty, operation.response(for: status) == nil
        else { return [] }
        let documented = operation.responses.map(\.status.description).joined(separator: ", ")
        return [context.finding(
            check, exchange, message: "status \(status) is not documented (documented: \(documented))",
            rule: operation.pointer.appending("responses"))]
    }
}
