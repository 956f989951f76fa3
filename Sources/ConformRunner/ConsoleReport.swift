import ConformCore
import Foundation

/// The text `conform run` prints: findings grouped by operation and check, the errors, the
/// operations not exercised, and a one-line summary.
public enum ConsoleReport {
    /// The findings, errors and operations not exercised of one spec's run; empty when there
    /// are none.
    public static func details(of result: RunResult) -> String {
        var lines: [String] = []
        var operations: [String] = []
        for finding in result.findings where !operations.contains(finding.operationID) {
            operations.append(finding.operationID)
        }
        for operation in operations {
            lines.append(operation)
            let findings = result.findings.filter { $0.operationID == operation }
            for check in CheckName.allCases {
                let group = findings.filter { $0.check == check }
                guard !group.isEmpty else { continue }
                lines.append("  \(check.rawValue): \(count(group.count, "finding"))")
                for finding in group { lines += describe(finding) }
            }
        }
        if !result.errors.isEmpty {
            lines.append("errors: \(count(result.errors.count, "request")) without a usable response")
            for error in result.errors {
                lines.append("    \(error.caseID)\(seedText(error.seed)) (\(error.operationID)): \(error.error)")
                lines.append("      $ \(error.curl)")
            }
        }
        let unexercised = result.operations.filter { $0.selected && $0.unexercised != nil }
        if !unexercised.isEmpty {
            let their = unexercised.count == 1 ? "its" : "their"
            lines.append("warning: \(count(unexercised.count, "operation")) not exercised, \(their) checks judged nothing")
            for operation in unexercised { lines.append("    \(operation.id): \(operation.unexercised ?? "")") }
        }
        if !result.unsent.isEmpty {
            let reasons = Set(result.unsent.map(\.error.message)).sorted().joined(separator: "; ")
            lines.append("not sent: \(count(result.unsent.count, "case")) (\(reasons)); listed in report.json")
        }
        return lines.joined(separator: "\n")
    }

    /// The verdict line of one spec's run: `conformant` only when every selected operation
    /// was exercised and nothing was found.
    public static func verdict(of result: RunResult) -> String {
        guard result.findings.isEmpty && result.errors.isEmpty else { return "\(result.spec): not conformant" }
        let selected = result.operations.filter(\.selected)
        let exercised = selected.count { $0.unexercised == nil }
        guard exercised < selected.count else { return "\(result.spec): conformant" }
        return "\(result.spec): no findings, but only \(exercised) of \(count(selected.count, "operation")) exercised"
    }

    /// The lines of one finding.
    static func describe(_ finding: Finding) -> [String] {
        let status = finding.status.map { "status \($0)" } ?? "no response"
        var lines = ["    \(finding.caseID)\(seedText(finding.seed)): expected \(finding.expectation), got \(status)"]
        lines.append("      \(finding.message)")
        if let pointer = finding.bodyPointer { lines.append("      body: \(pointer.tokens.isEmpty ? "(root)" : pointer.description)") }
        if let rule = finding.ruleLocation?.description ?? finding.rule?.description { lines.append("      rule: \(rule)") }
        lines.append("      $ \(finding.curl)")
        return lines
    }

    /// `3 specs: 120 cases, 131 requests, 2 findings, 0 errors, 7 of 8 operations exercised in 1.42s`.
    public static func summary(of results: [RunResult]) -> String {
        let seconds = results.reduce(Duration.zero) { $0 + $1.duration }
        let time = String(format: "%.2fs", Double(seconds.components.seconds) + Double(seconds.components.attoseconds) / 1e18)
        let cases = results.reduce(0) { $0 + $1.cases }
        let skipped = results.reduce(0) { $0 + $1.skipped }
        var parts = [
            count(results.count, "spec") + ": " + count(cases, "case"),
            count(results.reduce(0) { $0 + $1.requests }, "request"),
            count(results.reduce(0) { $0 + $1.findings.count }, "finding"),
            count(results.reduce(0) { $0 + $1.errors.count }, "error"),
        ]
        let selected = results.flatMap(\.operations).filter(\.selected)
        parts.append("\(selected.count { $0.unexercised == nil }) of \(count(selected.count, "operation")) exercised")
        if skipped > 0 { parts.append("\(skipped) skipped (budget)") }
        let unsent = results.reduce(0) { $0 + $1.unsent.count }
        if unsent > 0 { parts.append("\(unsent) not sendable") }
        return parts.joined(separator: ", ") + " in \(time)"
    }

    /// `golden: 40 matched, 1 mismatched, 2 recorded`, then what was written; nil when no
    /// run compared goldens.
    public static func golden(of results: [RunResult]) -> String? {
        let summaries = results.compactMap(\.golden)
        guard !summaries.isEmpty else { return nil }
        let recorded = summaries.reduce(0) { $0 + $1.recorded }
        var lines = [
            "golden: \(summaries.reduce(0) { $0 + $1.matched }) matched, "
                + "\(summaries.reduce(0) { $0 + $1.mismatched }) mismatched, \(recorded) recorded"
        ]
        let actual = summaries.flatMap(\.actualFiles)
        if !actual.isEmpty { lines.append("golden: actual records for review: " + actual.joined(separator: ", ")) }
        let written = Set(summaries.flatMap(\.writtenFiles)).count
        if recorded > 0 {
            lines.append("golden: recorded \(count(recorded, "new case")) in \(count(written, "file")); review and commit them")
        }
        for summary in summaries {
            guard let file = summary.rulesFile else { continue }
            lines.append("golden: learned \(count(summary.learnedRules, "volatile value rule")) into \(file)")
        }
        let missing = summaries.reduce(0) { $0 + $1.missing }
        if missing > 0 {
            lines.append(
                "golden: \(count(missing, "case")) without a golden record fail under CI (--record never); "
                    + "record them with 'conform run' outside CI (or --record missing) and commit the golden folder")
        }
        return lines.joined(separator: "\n")
    }

    static func seedText(_ seed: UInt64?) -> String { seed.map { " (seed \($0))" } ?? "" }

    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
