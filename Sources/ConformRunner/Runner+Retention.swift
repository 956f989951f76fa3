import ConformCore

extension Runner {
    /// What the run keeps of a sent request until it ends: all of it, except a passing random
    /// case's when ``RunConfiguration/keepsRandomBodies`` is false; then its exchange without
    /// bodies and no test case, since neither the shrinker nor a golden record reads them.
    /// Exchanges without a whole response keep their request for the error's curl line.
    func retained(_ sent: Sent) -> Sent {
        guard !configuration.keepsRandomBodies, sent.findings.isEmpty, sent.exchange.seed != nil,
            let response = sent.exchange.response, !response.truncated
        else { return sent }
        return Sent(exchange: sent.exchange.withoutBodies(), findings: [], testCase: nil)
    }
}
