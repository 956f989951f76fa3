import ConformCore

extension RunResult {
    /// The result without the request and response bodies and headers of its exchanges.
    ///
    /// Once the checks and the golden comparison have read them, the console and the reports
    /// need no body (they read the findings, the errors and ``RunResult/tally``); `conform
    /// run` keeps every spec's result until it writes the reports, and must not hold a body
    /// per kept exchange until then.
    public func droppingBodies() -> RunResult {
        var result = self
        result.exchanges = exchanges.map { $0.withoutBodies() }
        return result
    }
}

extension Exchange {
    /// The exchange without request and response bodies and headers: what a report row needs.
    func withoutBodies() -> Exchange {
        var exchange = self
        exchange.request.body = nil
        exchange.request.headers = []
        if case .success(var response) = outcome {
            response.body = []
            response.headers = []
            exchange.outcome = .success(response)
        }
        return exchange
    }
}
