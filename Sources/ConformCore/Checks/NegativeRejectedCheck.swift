/// `negative_rejected`: a request the validator proved invalid, or the generator proved
/// malformed where the document cannot accept it, must not be answered 2XX.
enum NegativeRejectedCheck: ExchangeCheck {
    static let check = CheckName.negativeRejected

    static func judges(_ exchange: Exchange, of operation: Operation) -> Bool {
        exchange.purpose == .testCase && exchange.expectation.mustBeRejected && exchange.response != nil
    }

    static func findings(in exchange: Exchange, of operation: Operation, context: CheckContext) -> [Finding] {
        guard judges(exchange, of: operation), let received = exchange.response, received.isSuccess else { return [] }
        return [context.finding(check, exchange, message: "\(exchange.expectation) request answered \(received.status)")]
    }
}

extension Expectation {
    /// True when no answer but a 4XX conforms: an invalid request, or a malformed one the
    /// document cannot accept.
    var mustBeRejected: Bool {
        switch self {
        case .valid: return false
        case .invalid: return true
        case .malformed(_, _, let mustReject): return mustReject
        }
    }
}
