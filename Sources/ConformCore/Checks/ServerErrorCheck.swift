/// `server_error`: a 5XX is never a contract's answer to a client's request, so any 5XX is
/// reported, even where the document lists 500.
enum ServerErrorCheck: ExchangeCheck {
    static let check = CheckName.serverError

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool { exchange.response != nil }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard let status = exchange.response?.status, (500..<600).contains(status) else { return [] }
        return [context.finding(check, exchange, message: "server error \(status) for a \(exchange.expectation) request")]
    }
}
