/// One comparison of two documents: matches operations, walks schema pairs from every place
/// a schema is used, groups findings by cause and looks for a witness for each breaking one.
final class DriftAnalysis {
    /// One version of the document with what drift needs to read it.
    struct Side {
        let document: Document
        let normalizer: SchemaNormalizer
        let validator: WitnessValidator
        /// The case generator of issue 03 on this version, checked by the same validator.
        let generator: CaseGenerator

        init(_ document: Document, validator: WitnessValidator) {
            self.document = document
            self.validator = validator
            normalizer = SchemaNormalizer(documents: document.documents, version: document.version)
            generator = CaseGenerator(document: document, validator: validator.validator)
        }

        func examples(_ direction: MessageDirection) -> ExampleBuilder {
            ExampleBuilder(normalizer: normalizer, direction: direction)
        }

        func location(_ pointer: DocumentPointer?) -> SourceLocation? {
            pointer.flatMap { document.documents.keyLocation(of: $0) }
        }
    }

    /// A schema used at one place in both versions: a body, a parameter, a header.
    struct SchemaRoot {
        var place: Change.Place
        var old: DocumentPointer
        var new: DocumentPointer
        /// False for parameters and headers: their serializations have no null, so a null
        /// value cannot be sent and proves nothing.
        var carriesNull: Bool
        /// For a parameter, both versions of it: its witness is read as the new version's
        /// server reads the old version's serialization (see ``WireReading``).
        var parameters: (old: Parameter, new: Parameter)?

        /// True when the new version refuses a request value that the old one serializes.
        func refuses(_ value: JSONValue, _ side: Side) -> Bool {
            guard let parameters else { return !side.validator.isValid(value, against: new, direction: .request) }
            return !WireReading.values(of: value, sentAs: parameters.old, readAs: parameters.new).contains {
                side.validator.isValid($0, against: new, direction: .request)
            }
        }
    }

    /// What makes two findings the same cause.
    struct CauseKey: Hashable {
        var rule: DriftRule
        var message: String
        var old: DocumentPointer?
        var new: DocumentPointer?
    }

    /// A cause and what is known about it so far.
    struct Cause {
        var key: CauseKey
        /// Every place found, possibly more than once (see ``sortedPlaces``).
        var places: [Change.Place] = []
        /// Schema places to try for a witness, in the order they were found.
        var attempts: [(root: SchemaRoot, steps: [SchemaStep], candidates: [SchemaFinding.Candidate])] = []
        /// An operation-level witness, already checked.
        var witness: Witness?

        init(key: CauseKey) { self.key = key }

        /// The places, sorted, each once: duplicates are dropped here rather than hashed as
        /// they come (a shared component's cause reaches thousands of places).
        var sortedPlaces: [Change.Place] {
            var unique: [Change.Place] = []
            for place in places.sorted() where unique.last != place { unique.append(place) }
            return unique
        }
    }

    /// How many places of one cause are tried for a witness before it is called a refactor.
    static let witnessAttempts = 4

    let old: Side
    let new: Side
    let comparison: SchemaComparison
    /// Nodes with nothing changed below them, which the schema walk skips.
    let unchanged: UnchangedNodes
    /// The causes in the order they were found, and where each key's cause is.
    private var causes: [Cause] = []
    private var causeIndex: [CauseKey: Int] = [:]
    private var roots: [SchemaRoot] = []
    /// The old version's valid coverage cases by operation (method and path shape), made on
    /// first use: only operations with a breaking request finding need them.
    var validCases: [String: [TestCase]] = [:]

    init(old: Document, new: Document) async {
        // Each validator indexes its whole document set first.
        async let oldValidator = WitnessValidator(document: old)
        async let newValidator = WitnessValidator(document: new)
        self.old = await Side(old, validator: oldValidator)
        self.new = await Side(new, validator: newValidator)
        unchanged = UnchangedNodes(old: old, new: new)
        comparison = SchemaComparison(old: self.old.normalizer, new: self.new.normalizer, unchanged: unchanged)
    }

    /// Every change, grouped by cause, with witnesses and verdicts.
    func run() async -> [Change] {
        compareOperations()
        walkSchemas()
        await compileWitnessSchemas()
        return causes.map(change).sorted(by: DriftAnalysis.order)
    }

    /// Compiles the schemas that witnesses will be checked against, each version on its own
    /// core: compiling a large document's schemas is most of the witness search.
    private func compileWitnessSchemas() async {
        let roots = causes.flatMap { $0.attempts.map(\.root) }
        let (oldValidator, newValidator) = (old.validator.validator, new.validator.validator)
        async let oldCompiled: Void = { for root in roots { _ = oldValidator.compile(root.old) } }()
        async let newCompiled: Void = { for root in roots { _ = newValidator.compile(root.new) } }()
        _ = await (oldCompiled, newCompiled)
    }

    // MARK: Recording

    /// Records an operation-level finding; `witness` is given only when it has been checked.
    func record(
        _ rule: DriftRule, _ message: String, old oldPointer: DocumentPointer?, new newPointer: DocumentPointer?,
        place: Change.Place, witness: Witness? = nil
    ) {
        let index = cause(CauseKey(rule: rule, message: message, old: oldPointer, new: newPointer))
        causes[index].places.append(place)
        if causes[index].witness == nil { causes[index].witness = witness }
    }

    /// The index of the cause with `key`, added when new.
    private func cause(_ key: CauseKey) -> Int {
        if let index = causeIndex[key] { return index }
        causeIndex[key] = causes.count
        causes.append(Cause(key: key))
        return causes.count - 1
    }

    /// Registers a schema to compare from `place`.
    func addRoot(
        _ place: Change.Place, old oldSchema: DocumentPointer?, new newSchema: DocumentPointer?, carriesNull: Bool = true,
        parameters: (old: Parameter, new: Parameter)? = nil
    ) {
        guard let oldSchema, let newSchema else { return }
        roots.append(SchemaRoot(place: place, old: oldSchema, new: newSchema, carriesNull: carriesNull, parameters: parameters))
    }

    /// Compares every schema pair reachable from the roots, each once, then places each
    /// finding: a backward walk from the pair that holds it reaches every root that uses it,
    /// with the shortest path from that root (the pointer of the place and the witness's route).
    ///
    /// Walking backward from the few pairs with findings, rather than forward from each of
    /// hundreds of roots through schemas that mostly did not change, keeps large documents fast;
    /// so does leaving out the pairs whose nodes read the same in both versions all the way
    /// down (``UnchangedNodes``): no finding can sit below them.
    private func walkSchemas() {
        // Pairs are numbered in the order they are found; the walks use plain arrays.
        var numbers: [SchemaComparison.Pair: Int] = [:]
        var pairs: [SchemaComparison.Pair] = []
        var rootsByStart: [[SchemaRoot]] = []
        func number(_ pair: SchemaComparison.Pair) -> Int {
            if let number = numbers[pair] { return number }
            numbers[pair] = pairs.count
            pairs.append(pair)
            rootsByStart.append([])
            return pairs.count - 1
        }
        var starts: [Int] = []
        for root in roots where !unchanged.isUnchanged(root.old, root.new) {
            let start = number(.init(old: old.normalizer.id(root.old), new: new.normalizer.id(root.new), direction: root.place.direction))
            if rootsByStart[start].isEmpty { starts.append(start) }
            rootsByStart[start].append(root)
        }
        var parents: [[(pair: Int, step: SchemaStep)]] = []
        var head = 0
        while head < pairs.count {
            let pair = pairs[head]
            for child in comparison.compare(pair).children {
                let next = number(.init(old: child.old, new: child.new, direction: pair.direction))
                while parents.count <= next { parents.append([]) }
                parents[next].append((head, child.step))
            }
            head += 1
        }
        while parents.count < pairs.count { parents.append([]) }
        // Towards the finding: for each pair that reaches it, the next pair and the step to it.
        var toward = [(pair: Int, step: SchemaStep)?](repeating: nil, count: pairs.count)
        var reachedBy = [Int](repeating: -1, count: pairs.count)
        for target in pairs.indices {
            let findings = comparison.compare(pairs[target]).findings
            guard !findings.isEmpty else { continue }
            let indices = findings.map { cause(CauseKey(rule: $0.rule, message: $0.message, old: $0.old, new: $0.new)) }
            reachedBy[target] = target
            toward[target] = nil
            var queue = [target]
            var index = 0
            while index < queue.count {
                let node = queue[index]
                index += 1
                for parent in parents[node] where reachedBy[parent.pair] != target {
                    reachedBy[parent.pair] = target
                    toward[parent.pair] = (node, parent.step)
                    queue.append(parent.pair)
                }
            }
            for start in starts where reachedBy[start] == target {
                var steps: [SchemaStep] = []
                var node = start
                while node != target, let hop = toward[node] {
                    steps.append(hop.step)
                    node = hop.pair
                }
                let pointer = JSONPointer(tokens: steps.compactMap(\.token))
                for root in rootsByStart[start] {
                    var place = root.place
                    place.pointer = pointer
                    for (finding, index) in zip(findings, indices) {
                        // Mutated in place: copying a cause with thousands of places per record is quadratic.
                        causes[index].places.append(place)
                        if finding.rule.severity == .breaking && causes[index].attempts.count < Self.witnessAttempts {
                            causes[index].attempts.append((root, steps, finding.candidates))
                        }
                    }
                }
            }
        }
    }

    // MARK: Verdicts

    private func change(_ cause: Cause) -> Change {
        let rule = cause.key.rule
        var witness = cause.witness
        var tried = 0
        if rule.severity == .breaking && witness == nil {
            for attempt in cause.attempts where witness == nil {
                witness = self.witness(root: attempt.root, steps: attempt.steps, candidates: attempt.candidates, tried: &tried)
            }
        }
        let isRefactor = rule.severity == .breaking && witness == nil
        var change = Change(
            rule: rule, severity: isRefactor ? .info : rule.severity, message: cause.key.message,
            old: old.location(cause.key.old), new: new.location(cause.key.new),
            witness: rule.severity == .breaking ? witness : nil, isRefactor: isRefactor, places: cause.sortedPlaces)
        if isRefactor && !cause.attempts.isEmpty {
            let values = tried == 1 ? "1 value" : "\(tried) values"
            let places = cause.attempts.count == 1 ? "1 place" : "\(cause.attempts.count) places"
            change.searched = "\(values) tried at \(places) (\(ExampleBuilder.Variant.description))"
        }
        return change
    }

    /// Breaking first, then by rule, position and message: the same input prints the same report.
    static func order(_ a: Change, _ b: Change) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        if a.rule != b.rule { return a.rule < b.rule }
        if a.old != b.old { return precedes(a.old, b.old) }
        if a.new != b.new { return precedes(a.new, b.new) }
        if a.message != b.message { return a.message < b.message }
        return a.places.lexicographicallyPrecedes(b.places)
    }

    /// Positionless first, then by file, line and column.
    private static func precedes(_ a: SourceLocation?, _ b: SourceLocation?) -> Bool {
        guard let b else { return false }
        guard let a else { return true }
        return a < b
    }
}
