import ConformCore

extension Runner {
    /// Compares the case exchanges of `result` with the golden files and records under
    /// `options.mode` (malformed cases excepted): mismatches become `golden_mismatch`
    /// findings and the summary goes
    /// into ``RunResult/golden``. Throws, with its position, for a golden or rules file that
    /// does not read, and when a file cannot be written.
    ///
    /// Before it records, it sends the cases to record a second time (`cases`, as `result`
    /// was run; nil sends nothing) and learns from what differs which values are volatile
    /// (``Learner``): the rules learned go into the spec's `normalize.yaml` and normalize
    /// the records written.
    public func judgeGolden(_ result: RunResult, cases: RunCases?, options: GoldenOptions) async throws(LoadError) -> RunResult {
        let stem = GoldenStore.stem(of: document.file)
        var rules = try options.store.rules(spec: stem)
        var entries: [(exchange: Exchange, operation: Operation, raw: JSONValue, schema: DocumentPointer?)] = []
        var seen: Set<String> = []
        for exchange in result.exchanges where exchange.purpose == .testCase {
            // Malformed cases are judged by their status alone (server_error, negative_rejected):
            // their answers are error texts that often echo the defect back.
            if case .malformed = exchange.expectation { continue }
            // An operation whose golden check the config file switched off is neither compared nor recorded.
            guard exchange.seed == nil || options.seedFixed, !options.switchedOff.contains(exchange.operationID),
                seen.insert(exchange.caseID).inserted,
                let operation = document.operation(withID: exchange.operationID),
                let raw = GoldenRecord.raw(of: exchange, operation: operation, redactor: redactor)
            else { continue }
            entries.append((exchange, operation, raw.record, raw.schema))
        }
        var goldens: [String: GoldenFile] = [:]
        for operation in document.operations where entries.contains(where: { $0.operation.id == operation.id }) {
            goldens[operation.id] = try options.store.file(at: options.store.path(spec: stem, operation: operation))
        }
        var summary = GoldenSummary()
        let normalizer = Normalizer(rules: rules, documents: document.documents)
        let toRecord = Set(entries.filter { entry in
            let golden = goldens[entry.operation.id]?.cases[entry.exchange.caseID]
            return options.mode.records(
                hasGolden: golden != nil,
                differs: golden != normalizer.normalize(record: entry.raw, schema: entry.schema))
        }.map(\.exchange.caseID))
        if !toRecord.isEmpty, let cases {
            let second = await sampleAgain(cases, only: toRecord)
            let pairs = entries.compactMap { entry in
                second[entry.exchange.caseID].map { Learner.Pair(first: entry.raw, second: $0, schema: entry.schema) }
            }
            let learned = Learner(documents: document.documents).learn(from: pairs, rules: rules)
            let added = learned.learned.pointers.count + learned.learned.patterns.count
                - rules.learned.pointers.count - rules.learned.patterns.count
            if added > 0 {
                rules = learned
                summary.learnedRules = added
                summary.rulesFile = try options.store.writeLearned(learned.learned, spec: stem)
            }
        }
        return try judge(result, entries: entries, goldens: goldens, rules: rules, stem: stem, options: options, summary: summary)
    }

    /// The second sending of the cases to record: only those, with no check and no
    /// lifecycle or probe, as the first run sent them (reads first). Raw records by case ID.
    func sampleAgain(_ cases: RunCases, only ids: Set<String>) async -> [String: JSONValue] {
        var configuration = configuration
        configuration.checks = []
        configuration.progress = nil
        configuration.keepsRandomBodies = true
        let chosen = RunCases(
            draw: { phase in AnyIterator(cases.draw(phase).lazy.filter { ids.contains($0.runCase.id) }.makeIterator()) },
            planned: { phase, shard in min(ids.count, cases.planned(phase, shard)) })
        let again = await Runner(document: document, configuration: configuration, redactor: redactor).run(chosen)
        var records: [String: JSONValue] = [:]
        for exchange in again.exchanges where exchange.purpose == .testCase {
            guard let operation = document.operation(withID: exchange.operationID),
                let raw = GoldenRecord.raw(of: exchange, operation: operation, redactor: redactor)
            else { continue }
            records[exchange.caseID] = raw.record
        }
        return records
    }

    /// Compares the records, normalized by `rules`, with their golden files and writes what
    /// the mode records.
    private func judge(
        _ result: RunResult, entries: [(exchange: Exchange, operation: Operation, raw: JSONValue, schema: DocumentPointer?)],
        goldens: [String: GoldenFile], rules: NormalizationRules, stem: String, options: GoldenOptions,
        summary start: GoldenSummary
    ) throws(LoadError) -> RunResult {
        let normalizer = Normalizer(rules: rules, documents: document.documents)
        var summary = start
        var findings: [Finding] = []
        let byOperation = Dictionary(grouping: entries, by: \.operation.id)
        for operation in document.operations {
            guard let operationEntries = byOperation[operation.id] else { continue }
            let path = options.store.path(spec: stem, operation: operation)
            let records = Dictionary(
                operationEntries.map { ($0.exchange.caseID, normalizer.normalize(record: $0.raw, schema: $0.schema)) },
                uniquingKeysWith: { first, _ in first })
            let comparison = GoldenComparison(
                records: records, golden: goldens[operation.id], spec: stem, operation: operation.id, mode: options.mode)
            var failed = false
            for entry in operationEntries {
                let outcome = comparison.outcomes[entry.exchange.caseID]!
                switch outcome {
                case .matched: summary.matched += 1
                case .recorded: summary.recorded += 1
                case .mismatched: summary.mismatched += 1
                case .missing:
                    summary.mismatched += 1
                    summary.missing += 1
                }
                if let finding = GoldenComparison.finding(
                    for: outcome, exchange: entry.exchange, path: path, context: suite.context)
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
        for index in judged.operations.indices {
            let compared = byOperation[judged.operations[index].id]?.count ?? 0
            if compared > 0 { judged.operations[index].coverage.judged[.goldenMismatch, default: 0] += compared }
        }
        judged.findings = ordered(result.findings + findings)
        judged.golden = summary
        return judged
    }
}
