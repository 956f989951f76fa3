/// Derives test cases from an OpenAPI document: deterministic coverage cases, seeded random
/// cases, each self-checked against the validator before it is handed out.
///
/// ```swift
/// let generator = CaseGenerator(document: document, validator: SchemaValidator(documents: document.documents))
/// let result = generator.allCases()   // result.cases, result.diagnostics
/// ```
public struct CaseGenerator: Sendable {
    /// What to generate.
    public struct Options: Sendable {
        /// The run seed every random case's seed derives from.
        public var seed: UInt64
        /// Random cases per operation.
        public var randomCount: Int
        /// Only the cases of one shard, when set.
        public var shard: Shard?
        /// How deep nested objects and arrays are walked (schemas that recurse stop here).
        public var maxDepth: Int
        /// False for the random cases alone: coverage cases do not depend on the seed, so a
        /// run over many seeds needs them once.
        public var coverage: Bool
        /// The kinds of case to make (`--kinds`); a random case's kind is ``CaseKind/random``.
        public var kinds: Set<CaseKind>
        /// The largest request body a malformed case sends: it bounds the deep nesting and the
        /// long string.
        public var maxRequestBody: Int

        public init(
            seed: UInt64 = 0, randomCount: Int = 0, shard: Shard? = nil, maxDepth: Int = 8, coverage: Bool = true,
            kinds: Set<CaseKind> = Set(CaseKind.allCases), maxRequestBody: Int = 1 << 18
        ) {
            self.seed = seed
            self.randomCount = randomCount
            self.shard = shard
            self.maxDepth = maxDepth
            self.coverage = coverage
            self.kinds = kinds
            self.maxRequestBody = maxRequestBody
        }
    }

    /// One of `count` disjoint parts of the cases, chosen by a stable hash of the case ID.
    public struct Shard: Sendable, Hashable {
        /// 1-based, as written on the command line (`--shard 2/4`).
        public var index: Int
        public var count: Int

        public init?(index: Int, count: Int) {
            guard count >= 1, (1...count).contains(index) else { return nil }
            self.index = index
            self.count = count
        }

        /// Parses `I/N`.
        public init?(_ text: String) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
            self.init(index: index, count: count)
        }

        /// True when the case with `id` belongs to this shard.
        public func contains(_ id: String) -> Bool {
            Int(StableHash.of(id) % UInt64(count)) == index - 1
        }
    }

    /// Cases with the diagnostics of the cases that could not be made.
    public struct Result: Sendable {
        public var cases: [TestCase]
        /// `generate.unsatisfiable` warnings, one per schema position and kind.
        public var diagnostics: [Diagnostic]
    }

    public let document: Document
    public let validator: any CaseValidating
    public let options: Options

    public init(document: Document, validator: any CaseValidating, options: Options = Options()) {
        self.document = document
        self.validator = validator
        self.options = options
    }

    /// Every case of `operation`: coverage cases in walk order (unless turned off), then random
    /// ones by index.
    public func cases(for operation: Operation) -> Result {
        let builder = OperationCases(generator: self, operation: operation)
        if options.coverage { builder.coverage() }
        if options.coverage, options.kinds.contains(.malformed) { builder.malformed() }
        if options.kinds.contains(.random) {
            for index in 0..<options.randomCount { builder.random(index: index) }
        }
        var cases = builder.cases.filter { options.kinds.contains($0.kind) }
        if let shard = options.shard { cases = cases.filter { shard.contains($0.id) } }
        return Result(cases: cases, diagnostics: builder.diagnostics)
    }

    /// The cases of every operation, in document order.
    public func allCases() -> Result {
        var result = Result(cases: [], diagnostics: [])
        for operation in document.operations {
            let part = cases(for: operation)
            result.cases += part.cases
            result.diagnostics += part.diagnostics
        }
        return result
    }

    /// The random case `index` of `operation`, drawn alone (a replay needs nothing else).
    public func randomCase(for operation: Operation, index: Int) -> TestCase? {
        let builder = OperationCases(generator: self, operation: operation)
        builder.random(index: index)
        return builder.cases.first
    }

    /// The random cases of `operation` as ``cases(for:)`` lists them after the coverage cases,
    /// each drawn only when iteration reaches it.
    public func randomCases(for operation: Operation) -> RandomCaseSequence {
        RandomCaseSequence(generator: self, operation: operation)
    }

    /// The ID of the random case drawn from `seed`.
    public static func randomID(seed: UInt64) -> String {
        "random-" + StableHash.hex(seed)
    }

    /// The seed of random case `index` of the operation `operationID` under run seed `seed`.
    public static func seed(run seed: UInt64, operation operationID: String, index: Int) -> UInt64 {
        var hash = StableHash()
        hash.combine(seed)
        hash.combine(operationID)
        hash.combine(UInt64(index))
        return hash.value
    }

    /// A smallest case that still satisfies `predicate`: optional members dropped, arrays and
    /// strings shortened, numbers moved toward zero or the nearest bound. Every step keeps
    /// the case's expectation true (self-checked) and the predicate true; `testCase` comes
    /// back unchanged when nothing smaller qualifies. A malformed case keeps its defect and
    /// shrinks only its size (nesting depth, string length). The predicate may wait, as one
    /// that re-sends each candidate does.
    public func shrink(_ testCase: TestCase, while predicate: (TestCase) async -> Bool) async -> TestCase {
        guard let operation = document.operation(withID: testCase.operationID) else { return testCase }
        let builder = OperationCases(generator: self, operation: operation)
        if testCase.kind == .malformed { return await builder.shrinkMalformed(testCase, while: predicate) }
        return await builder.shrink(testCase, while: predicate)
    }
}
