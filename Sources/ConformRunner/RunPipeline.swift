import ConformCore

/// A whole run carried out from a ``RunPlan``: each spec's cases generated, sent, judged and
/// compared with the golden files, then one report, written where the plan says.
///
/// ```swift
/// let outcome = try await RunPipeline.run(plan)
/// if outcome.report.totals.result == .fail { ... }
/// ```
public enum RunPipeline {
    /// What the pipeline tells its caller as it goes, spec by spec.
    public enum Event: Sendable {
        /// The spec's cases start being sent.
        case sending(spec: String)
        /// Every case of the spec is sent and judged; its golden files come next.
        case sent(spec: String)
        /// The spec's result, golden comparison included, before its bodies are dropped.
        case judged(RunResult)
    }

    /// Runs every spec of `plan` in turn and builds the report (written when the plan has a
    /// writer). Throws when a golden or rules file does not read or cannot be written; the
    /// reports are then not written.
    public static func run(_ plan: RunPlan, observe: (Event) -> Void = { _ in }) async throws(LoadError) -> RunOutcome {
        let checks = plan.configuration.checks
        var options = plan.generation
        // report.json keeps the random count asked for, sent or not.
        if !options.kinds.contains(.random) { options.randomCount = 0 }
        var results: [RunResult] = []
        for spec in plan.specs {
            let document = spec.document
            var configuration = plan.configuration
            configuration.operationTimeouts = spec.timeouts
            let validator = SchemaValidator(documents: document.documents)
            let generator = CaseGenerator(document: document, validator: validator, options: options)
            // All cases go to the runner, drawn as it sends them: it sends this shard's and
            // picks per-operation work from the whole set, as an unsharded run would.
            observe(.sending(spec: document.file))
            let runner = Runner(document: document, configuration: configuration, validator: validator, shrinker: generator)
            let cases = RunCases(generator: generator, operations: spec.operations)
            var result = await runner.run(cases)
            observe(.sent(spec: document.file))
            if !result.unreachable, checks.contains(.goldenMismatch), var golden = plan.golden {
                golden.switchedOff = spec.goldenSwitchedOff
                result = try await runner.judgeGolden(result, cases: cases, options: golden)
            }
            result.findings.removeAll(where: spec.isSwitchedOff)
            observe(.judged(result))
            results.append(result.droppingBodies())
        }
        let switchedOff = plan.specs.flatMap(\.switchedOff)
        let shard = plan.configuration.shard
        let run = Report.RunInfo(
            target: plan.targetName, seed: plan.generation.seed, random: plan.generation.randomCount,
            shard: shard.map { Report.ShardInfo(index: $0.index, count: $0.count) },
            checks: checks.sorted().map(\.rawValue), failOn: plan.gate.failOn.sorted().map(\.rawValue),
            baseline: plan.baseline, failOnUntested: plan.failOnUntested,
            switchedOff: switchedOff.isEmpty ? nil : switchedOff)
        let digests = Dictionary(plan.specs.map { ($0.document.file, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        var outcome = RunOutcome(results: results, report: Report(results: results, run: run, digests: digests, gate: plan.gate))
        if let writer = plan.reports {
            do {
                try writer.write(outcome.report)
            } catch {
                outcome.reportError = "cannot write reports to \(writer.directory): \(error)"
            }
        }
        return outcome
    }
}
