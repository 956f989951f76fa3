/// `negative_rejected`: a request the validator proved invalid must not be answered 2XX.
enum NegativeRejectedCheck: ExchangeCheck {
    static let check = CheckName.negativeRejected

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.purpose == .testCase && !exchange.expectation.isValid && exchange.response != nil
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let received = exchange.response, received.isSuccess else { return [] }
        return [context.finding(check, exchange, message: "\(exchange.expectation) request answered \(received.status)")]
    }
}
