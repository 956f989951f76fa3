import ConformCore

extension ConsoleReport {
    /// `; 1 failing, 2 accepted by the baseline`, or `` when every finding fails the run.
    public static func gate(of report: Report) -> String {
        let totals = report.totals
        guard totals.failing != totals.findings else { return "" }
        return "; \(totals.failing) failing, \(totals.accepted) accepted by the baseline"
    }

    /// One line per operation: cases sent, the checks with findings and why it was not
    /// exercised (`--verbose`).
    public static func operations(of result: RunResult) -> String {
        let counts = result.findingCounts
        return result.operations.map { operation in
            let found = (counts[operation.id] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            return "  \(operation.method) \(operation.path) (\(operation.id)): \(count(operation.cases.count, "case"))"
                + (found.isEmpty ? ", no findings" : ", findings: " + found.joined(separator: ", "))
                + (operation.unexercised.map { "; not exercised: \($0)" } ?? "")
        }.joined(separator: "\n")
    }
}
