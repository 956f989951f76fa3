import ConformCore
import Foundation

extension Report {
    /// The report of a run: one ``RunResult`` per spec, how the run was made, the spec
    /// files' digests by file, and the gate that judges the findings.
    public init(results: [RunResult], run: RunInfo, digests: [String: String], gate: Gate) {
        let specs = results.map { result in
            SpecReport(
                file: result.spec, sha256: digests[result.spec] ?? "", cases: result.cases, requests: result.requests,
                skipped: result.skipped, unreachable: result.unreachable,
                operations: result.operations.map { operation in
                    OperationReport(
                        id: operation.id, method: operation.method, path: operation.path, caseKinds: [:],
                        cases: operation.cases, selected: operation.selected, answered: operation.coverage.answered,
                        notes: operation.notes, unexercised: nil,
                        checks: Dictionary(uniqueKeysWithValues: operation.coverage.judged.map {
                            ($0.key.rawValue, CheckOutcome(result: .untested, findings: 0, accepted: 0, responses: $0.value))
                        }))
                },
                findings: result.findings.map { ReportFinding($0, gate: gate) },
                errors: result.errors.map(ReportError.init),
                unsent: result.unsent.isEmpty ? nil : result.unsent.map(ReportError.init))
        }
        let timing = Timing(
            seconds: results.reduce(0) { $0 + $1.duration.milliseconds / 1000 },
            specs: results.map(Timing.SpecTiming.init))
        self.init(
            format: "conform-report", version: Report.currentVersion,
            tool: Tool(name: "conform", version: ToolVersion.current), run: run, specs: specs,
            totals: Totals(
                cases: 0, requests: 0, skipped: 0, findings: 0, failing: 0, accepted: 0, errors: 0, operations: 0,
                exercised: 0, result: .fail),
            golden: nil, timing: timing)
        normalize()
    }

    /// Recomputes everything derived from the findings, cases and responses judged (orders,
    /// case counts, check outcomes, why an operation was not exercised, totals), so a built
    /// and a merged report agree to the byte.
    mutating func normalize() {
        let checks = run.checks
        for index in specs.indices {
            var spec = specs[index]
            let reasons = Dictionary(
                (run.switchedOff ?? []).filter { $0.spec == spec.file }.map { ("\($0.operation) \($0.check)", $0.reason) },
                uniquingKeysWith: { first, _ in first })
            let rank = Dictionary(spec.operations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            func order(_ operation: String) -> Int { rank[operation] ?? Int.max }
            spec.findings.sort {
                (order($0.operation), checkRank($0.check), $0.caseID, $0.message, $0.fingerprint, $0.curl)
                    < (order($1.operation), checkRank($1.check), $1.caseID, $1.message, $1.fingerprint, $1.curl)
            }
            func inOrder(_ a: ReportError, _ b: ReportError) -> Bool {
                (order(a.operation), a.caseID, a.kind, a.message) < (order(b.operation), b.caseID, b.kind, b.message)
            }
            spec.errors.sort(by: inOrder)
            spec.unsent?.sort(by: inOrder)
            for position in spec.operations.indices {
                var operation = spec.operations[position]
                operation.cases.sort { $0.id < $1.id }
                operation.caseKinds = operation.cases.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
                operation.unexercised = OperationRun.reason(
                    selected: operation.selected, cases: operation.cases.count, answered: operation.answered,
                    notes: operation.notes)
                let findings = spec.findings.filter { $0.operation == operation.id }
                let judged = operation.checks
                operation.checks = Dictionary(uniqueKeysWithValues: CheckName.allCases.map { check in
                    let group = findings.filter { $0.check == check.rawValue }
                    let responses = judged[check.rawValue]?.responses ?? 0
                    let result: Verdict
                    let reason = reasons["\(operation.id) \(check.rawValue)"]
                    if !checks.contains(check.rawValue) || reason != nil {
                        result = .off
                    } else if group.contains(where: \.failing) {
                        result = .fail
                    } else if !group.isEmpty {
                        result = .warn
                    } else {
                        result = responses == 0 ? .untested : .pass
                    }
                    return (
                        check.rawValue,
                        CheckOutcome(
                            result: result, findings: group.count, accepted: group.filter(\.accepted).count,
                            responses: responses, reason: checks.contains(check.rawValue) ? reason : nil)
                    )
                })
                spec.operations[position] = operation
            }
            specs[index] = spec
        }
        let findings = specs.flatMap(\.findings)
        let failing = findings.filter(\.failing).count
        let errors = specs.reduce(0) { $0 + $1.errors.count }
        let selected = specs.flatMap(\.operations).filter(\.selected)
        let exercised = selected.count { $0.unexercised == nil }
        let untestedFails = run.failOnUntested && exercised < selected.count
        totals = Totals(
            cases: specs.reduce(0) { $0 + $1.cases }, requests: specs.reduce(0) { $0 + $1.requests },
            skipped: specs.reduce(0) { $0 + $1.skipped }, findings: findings.count, failing: failing,
            accepted: findings.filter(\.accepted).count, errors: errors, operations: selected.count,
            exercised: exercised, result: failing + errors == 0 && !untestedFails ? .pass : .fail)
    }

    /// The JSON text of `report.json`: what ``ReportJSON/encode(_:)`` gives, written without
    /// its whole-document tree (see ``JSONTextWriter``).
    public func json() -> String { JSONTextWriter.text(of: self) }

    /// Reads a `report.json`; throws a ``ReportFileError`` on anything else.
    public init(path: String) throws(ReportFileError) {
        self = try ReportFileError.decode(
            Report.self, at: path, format: "conform-report", version: Report.currentVersion
        ) { ($0.format, $0.version) }
    }
}

/// The position of a check name in ``CheckName`` order; unknown names last.
func checkRank(_ name: String) -> Int {
    CheckName(rawValue: name).flatMap { CheckName.allCases.firstIndex(of: $0) } ?? Int.max
}

extension ReportError {
    /// The entry of a request without a usable response, or of a case not sent.
    init(_ error: CaseError) {
        self.init(
            operation: error.operationID, caseID: error.caseID, seed: error.seed, kind: error.error.kind.rawValue,
            message: error.error.message, curl: error.curl)
    }
}

extension Timing.SpecTiming {
    /// Per-operation request counts, summed time and latency buckets of a run.
    init(_ result: RunResult) {
        self.init(
            file: result.spec, seconds: result.duration.milliseconds / 1000,
            operations: result.operations.map { result.tally.timing(of: $0.id) })
    }
}
