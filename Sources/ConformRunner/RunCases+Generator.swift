import ConformCore

extension RunCases {
    /// The cases `generator` makes for `operations`, operation by operation as given: the
    /// coverage cases, made up front (their number does not grow with `--random`), then the
    /// random cases, each drawn when the run reaches it. An operation's cases go to the phase
    /// of its method, which is the method they are sent with.
    public init(generator: CaseGenerator, operations: [Operation]) {
        var coverageOptions = generator.options
        coverageOptions.randomCount = 0
        let coverageGenerator = CaseGenerator(
            document: generator.document, validator: generator.validator, options: coverageOptions)
        let made = operations.map { coverageGenerator.cases(for: $0) }
        let coverage = made.map { $0.cases.map(RunCase.init) }
        let random = operations.map(generator.randomCases(for:))
        var unmade: [String: String] = [:]
        for (group, operation) in operations.enumerated()
        where coverage[group].isEmpty && random[group].plannedCount(in: nil) == 0 {
            // The generator's warnings start with the operation's ID, which the report already shows.
            let message = made[group].diagnostics.first.map { String($0.message.trimmingPrefix(operation.id + ": ")) }
            unmade[operation.id] = message ?? "the generator gave no reason"
        }
        let groups = Dictionary(grouping: operations.indices) { RunPhase(method: operations[$0].method.wireName) }
        self.init(
            draw: { phase in
                AnyIterator((groups[phase] ?? []).lazy.flatMap { group in
                    [AnySequence(coverage[group]), AnySequence(random[group].lazy.map(RunCase.init))].joined().enumerated()
                        .lazy.map { (position: Position(group: group, index: $0.offset), runCase: $0.element) }
                }.makeIterator())
            },
            planned: { phase, shard in
                (groups[phase] ?? []).reduce(0) { total, group in
                    total + coverage[group].count { shard?.contains($0.id) ?? true } + random[group].plannedCount(in: shard)
                }
            },
            selected: Set(operations.map(\.id)), unmade: unmade)
    }
}
