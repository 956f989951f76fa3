import ConformCore

/// A run's cases, drawn only as the run sends them: a run of many random cases holds the few
/// in flight, not all of them.
///
/// The runner sends the read-only requests first, then the rest, so the cases are drawn in
/// two passes, one per phase, each in generation order.
///
/// ```swift
/// let result = await runner.run(RunCases(generator: generator, operations: document.operations))
/// ```
public struct RunCases: Sendable {
    /// A case's place in generation order: its group (an operation, for generated cases),
    /// then its index in the group.
    struct Position: Comparable, Sendable {
        var group: Int
        var index: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.group, lhs.index) < (rhs.group, rhs.index) }
    }

    /// A case as drawn, with its position.
    typealias Drawn = (position: Position, runCase: RunCase)

    /// The cases of one phase, drawn as the iterator is advanced.
    let draw: @Sendable (RunPhase) -> AnyIterator<Drawn>
    /// The number of cases of one phase that belong to a shard (all, for nil), known before
    /// drawing: exact for cases made beforehand, an upper bound for random ones.
    let planned: @Sendable (RunPhase, _ shard: CaseGenerator.Shard?) -> Int
    /// The IDs of the operations the cases were made for; nil for cases made beforehand
    /// (every operation counts as selected).
    let selected: Set<String>?
    /// Why the generator made no case, by the ID of each selected operation it made none for.
    let unmade: [String: String]

    init(
        draw: @escaping @Sendable (RunPhase) -> AnyIterator<Drawn>,
        planned: @escaping @Sendable (RunPhase, _ shard: CaseGenerator.Shard?) -> Int,
        selected: Set<String>? = nil, unmade: [String: String] = [:]
    ) {
        self.draw = draw
        self.planned = planned
        self.selected = selected
        self.unmade = unmade
    }

    /// Cases made beforehand, in the order given.
    public init(_ cases: [RunCase]) {
        let numbered = cases.enumerated().map { (position: Position(group: 0, index: $0.offset), runCase: $0.element) }
        self.init(
            draw: { phase in AnyIterator(numbered.lazy.filter { RunPhase(method: $0.runCase.method) == phase }.makeIterator()) },
            planned: { phase, shard in
                cases.count { RunPhase(method: $0.method) == phase && (shard?.contains($0.id) ?? true) }
            })
    }
}
