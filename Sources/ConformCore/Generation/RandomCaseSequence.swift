/// The random cases of one operation in index order, each drawn only when iteration reaches
/// it: a run of many random cases holds the one in hand, not all of them.
///
/// The cases are those ``CaseGenerator/cases(for:)`` lists after the coverage cases (its
/// shard applied); the diagnostics of dropped draws are not kept.
///
/// ```swift
/// for testCase in generator.randomCases(for: operation) { send(testCase) }
/// ```
public struct RandomCaseSequence: Sequence, Sendable {
    public let generator: CaseGenerator
    public let operation: Operation

    public init(generator: CaseGenerator, operation: Operation) {
        self.generator = generator
        self.operation = operation
    }

    /// How many cases the sequence gives that also belong to `shard`, counted without drawing
    /// any: an upper bound, since a seed with no valid draw is dropped.
    public func plannedCount(in shard: CaseGenerator.Shard?) -> Int {
        let options = generator.options
        return (0..<options.randomCount).count { index in
            let id = CaseGenerator.randomID(seed: CaseGenerator.seed(run: options.seed, operation: operation.id, index: index))
            return (options.shard?.contains(id) ?? true) && (shard?.contains(id) ?? true)
        }
    }

    public func makeIterator() -> Iterator {
        let builder = OperationCases(generator: generator, operation: operation)
        builder.keepsDiagnostics = false
        return Iterator(builder: builder, count: generator.options.randomCount, shard: generator.options.shard)
    }

    /// Draws the next case when asked for it.
    public struct Iterator: IteratorProtocol {
        let builder: OperationCases
        let count: Int
        let shard: CaseGenerator.Shard?
        var index = 0

        public mutating func next() -> TestCase? {
            while index < count {
                defer { index += 1 }
                if let testCase = builder.randomCase(index: index), shard?.contains(testCase.id) ?? true { return testCase }
            }
            return nil
        }
    }
}
