/// `negative_rejected`: a request the validator proved invalid must not be answered 2XX.
enum NegativeRejectedCheck: ExchangeCheck {
    static let check = CheckName.negativeRejected

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard exchange.purpose == .testCase, case .invalid = exchange.expectation,
            let received = exchange.response, received.isSuccess
        else { return [] }
        return [context.finding(check, exchange, message: "\(exchange.expectation) request answered \(received.status)")]
    }
}
