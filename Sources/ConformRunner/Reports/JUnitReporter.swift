/// Renders `junit.xml` in the common JUnit schema CI systems read (Jenkins, GitLab,
/// GitHub test reporters): `testsuites` > `testsuite` (one per spec and operation) >
/// `testcase`, with `failure` for failing findings and `skipped` for checks not run or not
/// exercised (with the reason).
public struct JUnitReporter: Sendable {
    /// One testcase per check, or one per case.
    public enum Granularity: String, Sendable, CaseIterable {
        case check, `case`
    }

    public var granularity: Granularity

    public init(granularity: Granularity = .check) {
        self.granularity = granularity
    }

    public func render(_ report: Report) -> String {
        var suites: [String] = []
        var tests = 0
        var failures = 0
        var errorCount = 0
        let timings = Dictionary(
            report.timing.specs.flatMap { spec in spec.operations.map { (spec.file + " " + $0.id, $0.milliseconds) } },
            uniquingKeysWith: +)
        for spec in report.specs {
            for operation in spec.operations {
                let findings = spec.findings.filter { $0.operation == operation.id }
                var cases = granularity == .check
                    ? checkCases(operation, findings, spec: spec.file) : caseCases(operation, findings, spec: spec.file)
                let errors = spec.errors.filter { $0.operation == operation.id }
                if !errors.isEmpty { cases.append(errorCase(errors, classname: spec.file + "." + operation.id)) }
                tests += cases.count
                let failed = cases.filter(\.failed).count
                failures += failed
                errorCount += errors.isEmpty ? 0 : 1
                let seconds = (timings[spec.file + " " + operation.id] ?? 0) / 1000
                var lines = [
                    "  <testsuite name=\(attribute(spec.file + " " + operation.id)) tests=\"\(cases.count)\" "
                        + "failures=\"\(failed)\" errors=\"\(errors.isEmpty ? 0 : 1)\" skipped=\"\(cases.filter(\.skipped).count)\" "
                        + "time=\"\(decimal(seconds))\">",
                    "    <properties>",
                    property("seed", String(report.run.seed)),
                    property("target", report.run.target),
                    property("spec", spec.file),
                    property("spec_sha256", spec.sha256),
                    property("operation", "\(operation.method) \(operation.path)"),
                ]
                if let shard = report.run.shard { lines.append(property("shard", "\(shard.index)/\(shard.count)")) }
                lines.append("    </properties>")
                lines += cases.map(\.xml)
                lines.append("  </testsuite>")
                suites.append(lines.joined(separator: "\n"))
            }
        }
        let header = "<testsuites name=\"conform\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errorCount)\" "
            + "time=\"\(decimal(report.timing.seconds))\">"
        return (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", header] + suites + ["</testsuites>"])
            .joined(separator: "\n") + "\n"
    }

    /// One rendered `testcase`.
    struct Case {
        var xml: String
        var failed: Bool
        var skipped: Bool
    }

    /// A testcase per check: failing when a finding of the check fails the run.
    func checkCases(_ operation: OperationReport, _ findings: [ReportFinding], spec: String) -> [Case] {
        let classname = spec + "." + operation.id
        return operation.checks.keys.sorted { checkRank($0) < checkRank($1) }.map { check in
            let outcome = operation.checks[check]!
            let group = findings.filter { $0.check == check }
            // A switched-off check gives the config file's reason; an untested one says why it judged nothing.
            let reason = outcome.result == .off
                ? outcome.reason : operation.unexercised ?? "no response this check could judge"
            return testcase(name: check, classname: classname, outcome: outcome.result, reason: reason, findings: group)
        }
    }

    /// A testcase per case sent (and per probe or lifecycle family with findings).
    func caseCases(_ operation: OperationReport, _ findings: [ReportFinding], spec: String) -> [Case] {
        let classname = spec + "." + operation.id
        // Grouped once: a run of many cases and many findings must not compare every pair.
        let byCase = Dictionary(grouping: findings, by: \.caseID)
        let cases = Set(operation.cases.map(\.id)).union(byCase.keys).sorted().map { id in
            let group = byCase[id] ?? []
            let outcome: Verdict = group.contains(where: \.failing) ? .fail : group.isEmpty ? .pass : .warn
            return testcase(name: id, classname: classname, outcome: outcome, reason: nil, findings: group)
        }
        guard let reason = operation.unexercised else { return cases }
        return cases + [testcase(name: "not exercised", classname: classname, outcome: .untested, reason: reason, findings: [])]
    }

    /// One testcase in error for the requests of an operation that got no usable response.
    func errorCase(_ errors: [ReportError], classname: String) -> Case {
        let text = errors.map { "\($0.caseID): \($0.kind): \($0.message)\n$ \($0.curl)" }.joined(separator: "\n\n")
        let xml = "    <testcase name=\"requests without a usable response\" classname=\(attribute(classname))>\n"
            + "      <error message=\(attribute("\(errors.count) requests: \(errors[0].kind)")) type=\(attribute(errors[0].kind))>"
            + text.markupEscaped + "</error>\n    </testcase>"
        return Case(xml: xml, failed: false, skipped: false)
    }

    /// One testcase; `reason` says why an `off` check was switched off or why an `untested` one
    /// judged nothing.
    func testcase(name: String, classname: String, outcome: Verdict, reason: String?, findings: [ReportFinding]) -> Case {
        let open = "    <testcase name=\(attribute(name)) classname=\(attribute(classname))"
        switch outcome {
        case .off:
            let message = reason.map { "switched off: \($0)" } ?? "check not run"
            return Case(
                xml: open + ">\n      <skipped message=\(attribute(message))/>\n    </testcase>", failed: false, skipped: true)
        case .untested:
            return Case(
                xml: open + ">\n      <skipped message=\(attribute("not exercised: " + (reason ?? "")))/>\n    </testcase>",
                failed: false, skipped: true)
        case .pass:
            return Case(xml: open + "/>", failed: false, skipped: false)
        case .fail, .warn:
            let failing = findings.filter(\.failing)
            let text = findings.map(describe).joined(separator: "\n\n").markupEscaped
            let body = failing.isEmpty
                ? "      <system-out>\(text)</system-out>"
                : "      <failure message=\(attribute(failureMessage(failing))) type=\(attribute(failing[0].check))>"
                    + text + "</failure>"
            return Case(xml: open + ">\n" + body + "\n    </testcase>", failed: !failing.isEmpty, skipped: false)
        }
    }

    func failureMessage(_ failing: [ReportFinding]) -> String {
        let first = failing[0].message
        return failing.count == 1 ? first : "\(failing.count) findings; first: \(first)"
    }

    /// The finding as a few lines: case, expectation and status, message, pointer, rule, curl.
    func describe(_ finding: ReportFinding) -> String {
        var lines = [
            "[\(finding.check)] \(finding.caseID)\(finding.seed.map { " (seed \($0))" } ?? ""): expected \(finding.expectation), got "
                + (finding.status.map { "status \($0)" } ?? "no response")
                + (finding.accepted ? " (accepted by baseline)" : finding.failing ? "" : " (not gating)"),
            finding.message,
        ]
        if let pointer = finding.bodyPointer { lines.append("body: \(pointer.isEmpty ? "(root)" : pointer)") }
        if let rule = finding.ruleLocation ?? finding.rule { lines.append("rule: \(rule)") }
        lines.append("$ \(finding.curl)")
        return lines.joined(separator: "\n")
    }

    func property(_ name: String, _ value: String) -> String {
        "      <property name=\(attribute(name)) value=\(attribute(value))/>"
    }

    func attribute(_ value: String) -> String { "\"" + value.markupEscaped + "\"" }
}

/// Seconds with three decimals, the way JUnit `time` attributes are written.
func decimal(_ value: Double) -> String {
    let thousandths = Int((value * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}
