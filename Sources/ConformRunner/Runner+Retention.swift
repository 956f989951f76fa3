import ConformCore

extension Runner {
    /// What the run keeps whole of a sent request until it ends: nothing of a passing random
    /// case's when ``RunConfiguration/keepsRandomBodies`` is false, since neither the shrinker
    /// nor a golden record reads it and the reports need only its tally (see
    /// ``RunLedger/tally``); all of the others, their test case only when they failed (the
    /// shrinker's input). Exchanges without a whole response are kept for the error's curl
    /// line.
    func retained(_ sent: Sent) -> Sent? {
        guard !configuration.keepsRandomBodies, sent.findings.isEmpty, sent.exchange.seed != nil,
            let response = sent.exchange.response, !response.truncated
        else {
            var kept = sent
            if sent.findings.isEmpty { kept.testCase = nil }
            return kept
        }
        return nil
    }
}
