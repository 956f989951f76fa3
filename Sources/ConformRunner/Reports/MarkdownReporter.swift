import Foundation

/// Renders `summary.md`: a verdict line, a matrix of operations by checks with pass/fail
/// marks, and the worst findings, short enough for a CI job summary page.
public struct MarkdownReporter: Sendable {
    /// Findings listed at most; the rest are counted.
    public var findingLimit: Int

    public init(findingLimit: Int = 10) {
        self.findingLimit = findingLimit
    }

    /// The mark of a check outcome in the matrix.
    static func mark(_ result: Verdict) -> String {
        switch result {
        case .pass: return "✅"
        case .fail: return "❌"
        case .warn: return "⚠️"
        case .untested: return "⬜"
        case .off: return "·"
        }
    }

    public func render(_ report: Report) -> String {
        let totals = report.totals
        var lines = [
            "# conform: \(totals.result == .pass ? "✅ pass" : "❌ fail")",
            "",
            "\(totals.cases) cases, \(totals.requests) requests against `\(report.run.target)`, seed \(report.run.seed)"
                + (report.run.shard.map { ", shard \($0.index)/\($0.count)" } ?? "") + ": "
                + "\(totals.exercised) of \(totals.operations) operations exercised, "
                + "\(totals.findings) findings (\(totals.failing) failing, \(totals.accepted) accepted), "
                + "\(totals.errors) requests without a usable response.",
            "",
        ]
        let checks = report.run.checks.sorted { checkRank($0) < checkRank($1) }
        for spec in report.specs {
            lines.append("## `\(spec.file)`\(spec.unreachable ? " (unreachable)" : "")")
            lines.append("")
            if let unsent = spec.unsent {
                let reasons = Set(unsent.map(\.message)).sorted().joined(separator: "; ")
                lines += ["\(unsent.count) cases not sent: \(inline(reasons)) (listed in `report.json`).", ""]
            }
            lines.append("| operation | cases | " + checks.joined(separator: " | ") + " |")
            lines.append("|---|---:|" + String(repeating: ":-:|", count: checks.count))
            for operation in spec.operations {
                let marks = checks.map { MarkdownReporter.mark(operation.checks[$0]?.result ?? .off) }
                lines.append("| `\(operation.id)` | \(operation.cases.count) | " + marks.joined(separator: " | ") + " |")
            }
            lines.append("")
            let unexercised = spec.operations.filter { $0.selected && $0.unexercised != nil }
            if !unexercised.isEmpty {
                lines.append("Not exercised:")
                lines.append("")
                lines += unexercised.map { "- ⚠️ `\($0.id)`: \(inline($0.unexercised ?? ""))" }
                lines.append("")
            }
            let switchedOff = (report.run.switchedOff ?? []).filter { $0.spec == spec.file }
            if !switchedOff.isEmpty {
                lines += switchedOff.map { "- · **\($0.check)** switched off for `\($0.operation)`: \(inline($0.reason))" } + [""]
            }
        }
        lines.append(
            "✅ responses judged, no findings · ❌ failing findings · ⚠️ findings that do not fail the run (baseline, "
                + "`--fail-on`) · ⬜ not exercised: no response judged")
        let findings = report.specs.flatMap(\.findings).enumerated().sorted {
            ($0.element.failing ? 0 : 1, checkRank($0.element.check), $0.offset)
                < ($1.element.failing ? 0 : 1, checkRank($1.element.check), $1.offset)
        }.map(\.element)
        if !findings.isEmpty {
            lines += ["", "## Worst findings", ""]
            for finding in findings.prefix(findingLimit) {
                let status = finding.status.map { "status \($0)" } ?? "no response"
                let place = [finding.bodyPointer.map { "body `\($0.isEmpty ? "(root)" : $0)`" }, finding.ruleLocation.map { "rule `\($0)`" }]
                    .compactMap { $0 }.joined(separator: ", ")
                lines.append(
                    "- \(finding.failing ? "❌" : "⚠️") **\(finding.check)** `\(finding.operation)` `\(finding.caseID)`: "
                        + "expected \(finding.expectation), got \(status). \(inline(finding.message))"
                        + (place.isEmpty ? "" : " (\(place))"))
            }
            if findings.count > findingLimit {
                lines.append("- … and \(findings.count - findingLimit) more in `report.json`")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a Markdown list item: one line, no table or code breaks.
    func inline(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;")
    }
}
