import ConformCore

extension Runner {
    /// Compares the case exchanges of `result` with the golden files and records under
    /// `options.mode` (malformed cases excepted): mismatches become `golden_mismatch`
    /// findings and the summary goes
    /// into ``RunResult/golden``. Throws, with its position, for a golden or rules file that
    /// does not read, and when a file cannot be written.
    public func judgeGolden(_ result: RunResult, options: GoldenOptions) throws(LoadError) -> RunResult {
        let stem = GoldenStore.stem(of: document.file)
        let normalizer = Normalizer(rules: try options.store.rules(spec: stem), documents: document.documents)
        var byOperation: [String: [(Exchange, JSONValue)]] = [:]
        var seen: Set<String> = []
        for exchange in result.exchanges where exchange.purpose == .testCase {
            // Malformed cases are judged by their status alone (server_error, negative_rejected):
            // their answers are error texts that often echo the defect back.
            if case .malformed = exchange.expectation { continue }
            guard exchange.seed == nil || options.seedFixed, seen.insert(exchange.caseID).inserted,
                let operation = document.operation(withID: exchange.operationID),
                let record = GoldenRecord.record(of: exchange, operation: operation, normalizer: normalizer, redactor: redactor)
            else { continue }
            byOperation[operation.id, default: []].append((exchange, record))
        }
        var summary = GoldenSummary()
        var findings: [Finding] = []
        for operation in document.operations {
            guard let entries = byOperation[operation.id] else { continue }
            let path = options.store.path(spec: stem, operation: operation)
            let records = Dictionary(entries.map { ($0.0.caseID, $0.1) }, uniquingKeysWith: { first, _ in first })
            let comparison = GoldenComparison(
                records: records, golden: try options.store.file(at: path), spec: stem, operation: operation.id,
                mode: options.mode)
            var failed = false
            for (exchange, _) in entries {
                let outcome = comparison.outcomes[exchange.caseID]!
                switch outcome {
                case .matched: summary.matched += 1
                case .recorded: summary.recorded += 1
                case .mismatched, .missing: summary.mismatched += 1
                }
                if let finding = GoldenComparison.finding(
                    for: outcome, exchange: exchange, path: path, context: suite.context)
                {
                    findings.append(finding)
                    failed = true
                }
            }
            if let updated = comparison.updated {
                try GoldenStore.write(updated, to: path)
                summary.writtenFiles.append(path)
            }
            if failed, let actualRoot = options.actualRoot {
                let actualPath = GoldenStore(root: actualRoot).path(spec: stem, operation: operation)
                try GoldenStore.write(GoldenFile(spec: stem, operation: operation.id, cases: records), to: actualPath)
                summary.actualFiles.append(actualPath)
            }
        }
        var judged = result
        judged.findings = ordered(result.findings + findings)
        judged.golden = summary
        return judged
    }
}
