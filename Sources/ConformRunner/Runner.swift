import ConformCore
import Foundation

/// Sends a spec's cases to a target with bounded concurrency and judges every response.
///
/// ```swift
/// let runner = Runner(document: document, configuration: configuration)
/// let result = await runner.run(RunCases(generator: generator, operations: document.operations))
/// ```
public struct Runner: Sendable {
    public let document: Document
    public let configuration: RunConfiguration
    /// Shrinks failing random cases before they are reported; nil to report them as drawn.
    public let shrinker: CaseGenerator?
    let suite: CheckSuite
    let redactor: Redactor
    /// The checks the lifecycle sequences serve: their own, and the authentication probes
    /// they aim at created resources.
    static let lifecycleChecks: Set<CheckName> = [.resourceLifecycle, .authEnforced]

    /// A runner whose checks judge responses with `validator` (one of their own when nil):
    /// pass the generator's, so that the schemas are compiled once.
    public init(
        document: Document, configuration: RunConfiguration, validator: SchemaValidator? = nil,
        shrinker: CaseGenerator? = nil, redactor extra: Redactor = Redactor()
    ) {
        self.document = document
        self.configuration = configuration
        self.shrinker = shrinker
        redactor = configuration.credentials.redactor.merging(extra)
        let context = CheckContext(document: document, validator: validator, redactor: redactor)
        suite = CheckSuite(context: context, selected: configuration.checks)
    }

    /// One request to send in a phase, with its place in the run's order.
    struct Work {
        /// Cases in generation order, then the authentication probes in the order of the
        /// cases they copy, the one without credentials first: the order the run's kept
        /// exchanges are listed in.
        struct Order: Comparable {
            var purpose: Exchange.Purpose
            var position: RunCases.Position

            var rank: Int { purpose == .unauthenticated ? 1 : purpose == .wrongCredentials ? 2 : 0 }

            static func < (lhs: Order, rhs: Order) -> Bool {
                (lhs.rank > 0 ? 1 : 0, lhs.position, lhs.rank) < (rhs.rank > 0 ? 1 : 0, rhs.position, rhs.rank)
            }
        }

        var runCase: RunCase
        var order: Order
    }

    /// What one sent request produced.
    struct Sent {
        var exchange: Exchange
        var findings: [Finding]
        var testCase: TestCase?
        /// The checks that judged the response.
        var judged: Set<CheckName>
    }

    /// Sends cases made beforehand, in the order given (see ``RunCases/init(_:)``).
    public func run(_ cases: [RunCase]) async -> RunResult {
        await run(RunCases(cases))
    }

    /// Sends every case, the unauthenticated probes and the lifecycle sequences; never throws.
    ///
    /// The read-only requests (GET, HEAD, OPTIONS) go first, then the rest, each phase
    /// concurrently: no read then sees how many writes concurrency let through before it (a
    /// list grown by creations), so golden records do not depend on the run order. Cases are
    /// drawn as they are sent, and a passing random case leaves only its tally behind (see
    /// ``retained(_:)``), so the run's memory does not grow with `--random`.
    public func run(_ cases: RunCases) async -> RunResult {
        let start = ContinuousClock.now
        let deadline = configuration.budget.map { start + $0 }
        let transport = HTTPTransport(
            connections: configuration.concurrency, timeout: configuration.longestTimeout, bodyLimit: configuration.bodyLimit)
        let sender = Sender(
            runner: self, transport: transport, deadline: deadline,
            limiter: configuration.rate.map { RateLimiter(rate: $0) })
        var ledger = RunLedger()
        var progress = RunProgress(
            done: 0, total: RunPhase.allCases.reduce(0) { $0 + cases.planned($1, configuration.shard) },
            findings: 0, requests: 0, elapsed: 0)
        for phase in RunPhase.allCases {
            await sendPhase(cases, phase, with: sender, ledger: &ledger, progress: &progress, start: start)
        }
        // One whole copy of what is kept at a time: with `--seed`, that is every case.
        ledger.kept.sort { $0.order < $1.order }
        var kept = ledger.kept.map(\.sent)
        ledger.kept = []
        kept = await shrinkFailures(kept, with: sender)
        var exchanges = kept.map(\.exchange)
        var findings = kept.flatMap(\.findings)
        kept = []
        if !Runner.lifecycleChecks.isDisjoint(with: configuration.checks) {
            let lifecycles = await runLifecycles(ledger.validCases, with: sender)
            exchanges += lifecycles.sent.map(\.exchange)
            findings += lifecycles.sent.flatMap(\.findings) + lifecycles.findings
            ledger.notes.merge(lifecycles.notes, uniquingKeysWith: +)
            for sent in lifecycles.sent {
                guard let operation = document.operation(withID: sent.exchange.operationID) else { continue }
                ledger.coverage[operation.id, default: OperationCoverage()]
                    .count(sent.exchange, of: operation, judgedBy: sent.judged)
            }
        }
        await transport.shutdown()
        var tally = ledger.tally
        for exchange in exchanges { tally.count(exchange) }
        // Refused requests are always kept: all refused means all kept.
        let unreachable = tally.requests > 0 && exchanges.count == tally.requests && exchanges.allSatisfy { exchange in
            if case .failure(let error) = exchange.outcome { error.kind == .connectionRefused } else { false }
        }
        var result = RunResult(
            spec: document.file, cases: ledger.cases, skipped: ledger.skipped, exchanges: exchanges, tally: tally,
            findings: ordered(findings), errors: errors(in: exchanges), duration: ContinuousClock.now - start,
            unreachable: unreachable, operations: operationRuns(ledger, cases: cases))
        result.unsent = ledger.unsent
        return result
    }

    /// The entry of a case the transport refuses, with the curl line of what it would send
    /// (credentials left out: nothing was sent).
    func unsent(_ runCase: RunCase, _ refusal: TransportError) -> CaseError {
        var headers = runCase.headers
        if !runCase.cookies.isEmpty {
            headers.append(HeaderField("Cookie", runCase.cookies.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")))
        }
        let url = document.operation(withID: runCase.operationID).map {
            configuration.target.url(for: $0, path: runCase.path, query: runCase.query)
        } ?? runCase.path
        let request = SentRequest(method: runCase.method, url: url, headers: headers, body: runCase.body)
        return CaseError(
            operationID: runCase.operationID, caseID: runCase.id, seed: runCase.seed, error: refusal,
            curl: CurlCommand.line(for: redactor.redact(request), redactor: redactor))
    }

    /// Every operation of the document with the cases drawn for it, what they exercised and
    /// why the operation may not be exercised.
    func operationRuns(_ ledger: RunLedger, cases: RunCases) -> [OperationRun] {
        document.operations.map { operation in
            var notes: [String] = []
            if let reason = cases.unmade[operation.id] { notes.append("the generator made no case: \(reason)") }
            notes += ledger.notes[operation.id] ?? []
            let missing = configuration.credentials.missing(for: operation, schemes: document.securitySchemes)
            if !missing.isEmpty {
                notes.append("requires credentials this run does not have: \(missing.joined(separator: " and "))")
            }
            return OperationRun(
                id: operation.id, method: operation.method.wireName, path: operation.path,
                cases: ledger.entries[operation.id] ?? [], selected: cases.selected?.contains(operation.id) ?? true,
                coverage: ledger.coverage[operation.id] ?? OperationCoverage(), notes: notes)
        }
    }

    /// Sends one phase: its cases of this shard as they are drawn,
    /// then the unauthenticated probes of its operations, with at most `concurrency` requests
    /// in flight. A request the budget leaves no time for is counted skipped. `progress`
    /// counts on across phases; its planned total is made exact once the phase is drawn.
    func sendPhase(
        _ cases: RunCases, _ phase: RunPhase, with sender: Sender, ledger: inout RunLedger, progress: inout RunProgress,
        start: ContinuousClock.Instant
    ) async {
        let drawn = cases.draw(phase)
        let planned = cases.planned(phase, configuration.shard)
        var drawnCases = 0
        var probes: IndexingIterator<[Work]>?
        await withTaskGroup(of: (Work, Sent?).self) { group in
            /// The next request: a case of this shard, then a probe.
            func next() -> Work? {
                if probes == nil {
                    while let item = drawn.next() {
                        guard ledger.note(item, configuration: configuration) else { continue }
                        if let refusal = HTTPTransport.refusal(of: item.runCase) {
                            ledger.unsent.append(unsent(item.runCase, refusal))
                            continue
                        }
                        drawnCases += 1
                        return Work(runCase: item.runCase, order: Work.Order(purpose: .testCase, position: item.position))
                    }
                    let phaseProbes = self.probes(phase, from: ledger.firstValid)
                    progress.total += drawnCases + phaseProbes.count - planned
                    probes = phaseProbes.makeIterator()
                }
                return probes?.next()
            }
            func send(_ work: Work, _ group: inout TaskGroup<(Work, Sent?)>) {
                group.addTask { (work, await sender.send(work.runCase, purpose: work.order.purpose)) }
            }
            for _ in 0..<configuration.concurrency {
                guard let work = next() else { break }
                send(work, &group)
            }
            while let (work, sent) = await group.next() {
                if let sent {
                    if let operation = document.operation(withID: sent.exchange.operationID) {
                        ledger.coverage[operation.id, default: OperationCoverage()]
                            .count(sent.exchange, of: operation, judgedBy: sent.judged)
                    }
                    if let kept = retained(sent) {
                        ledger.kept.append((work.order, kept))
                    } else {
                        ledger.tally.count(sent.exchange)
                    }
                } else if !work.order.purpose.isProbe {
                    ledger.skipped += 1
                }
                if let work = next() { send(work, &group) }
                if let report = configuration.progress {
                    progress.done += 1
                    progress.requests += sent == nil ? 0 : 1
                    progress.findings += sent?.findings.count ?? 0
                    let elapsed = (ContinuousClock.now - start).components
                    progress.elapsed = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
                    report(progress)
                }
            }
        }
    }

    /// The authentication probes of the phase: for each operation that requires credentials,
    /// its first valid case sent without them and with wrong ones, in generation order. An
    /// operation on a resource a lifecycle creates (`creates`: the valid cases drawn) is
    /// probed there instead, at the created resource (see ``runLifecycle(of:cases:sender:)``).
    func probes(_ phase: RunPhase, from firstValid: [String: RunCases.Drawn]) -> [Work] {
        guard configuration.checks.contains(.authEnforced) else { return [] }
        let atResources = Set(ResourceFamily.families(in: document).flatMap { $0.members.map(\.id) })
        return firstValid.values.filter { drawn in
            RunPhase(method: drawn.runCase.method) == phase && !atResources.contains(drawn.runCase.operationID)
                && document.operation(withID: drawn.runCase.operationID)?.requiresAuthentication == true
        }
        .sorted { $0.position < $1.position }
        .flatMap { drawn in
            Runner.probes(of: drawn.runCase).map { Work(runCase: $0.runCase, order: Work.Order(purpose: $0.purpose, position: drawn.position)) }
        }
    }

    /// `runCase` as the two authentication probes send it, with their IDs and purposes.
    static func probes(of runCase: RunCase) -> [(runCase: RunCase, purpose: Exchange.Purpose)] {
        [(Exchange.Purpose.unauthenticated, "unauthenticated:"), (.wrongCredentials, "wrong-credentials:")].map { purpose, prefix in
            var probe = runCase
            probe.id = prefix + runCase.id
            return (probe, purpose)
        }
    }

    /// Transport failures and cut bodies, one per exchange.
    func errors(in exchanges: [Exchange]) -> [CaseError] {
        exchanges.compactMap { exchange in
            let error: TransportError
            switch exchange.outcome {
            case .failure(let failure): error = failure
            case .success(let response) where response.truncated:
                error = TransportError(
                    .bodyTooLarge, "body longer than \(configuration.bodyLimit) bytes; cut there and not judged")
            case .success: return nil
            }
            return CaseError(
                operationID: exchange.operationID, caseID: exchange.caseID, seed: exchange.seed, error: error,
                curl: CurlCommand.line(for: exchange.request, redactor: redactor))
        }
    }

    /// Findings by operation in document order, then check, then case ID.
    func ordered(_ findings: [Finding]) -> [Finding] {
        let rank = Dictionary(
            document.operations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return findings.sorted {
            (rank[$0.operationID] ?? Int.max, $0.check, $0.caseID, $0.message)
                < (rank[$1.operationID] ?? Int.max, $1.check, $1.caseID, $1.message)
        }
    }
}
