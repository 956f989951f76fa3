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

    public init(
        document: Document, configuration: RunConfiguration, shrinker: CaseGenerator? = nil,
        redactor extra: Redactor = Redactor()
    ) {
        self.document = document
        self.configuration = configuration
        self.shrinker = shrinker
        redactor = configuration.credentials.redactor.merging(extra)
        let context = CheckContext(document: document, validator: shrinker?.validator as? SchemaValidator, redactor: redactor)
        suite = CheckSuite(context: context, selected: configuration.checks)
    }

    /// One request to send in the first phase, with its place in the run's order.
    struct Work {
        /// Cases in generation order, then the unauthenticated probes in the order of the
        /// cases they copy: the order the run's kept exchanges are listed in.
        struct Order: Comparable {
            var isProbe: Bool
            var position: RunCases.Position

            static func < (lhs: Order, rhs: Order) -> Bool {
                (lhs.isProbe ? 1 : 0, lhs.position) < (rhs.isProbe ? 1 : 0, rhs.position)
            }
        }

        var runCase: RunCase
        /// True for a case sent again without credentials, for `auth_enforced`.
        var isProbe: Bool { order.isProbe }
        var order: Order
    }

    /// What one sent request produced.
    struct Sent {
        var exchange: Exchange
        var findings: [Finding]
        var testCase: TestCase?
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
            connections: configuration.concurrency, timeout: configuration.timeout, bodyLimit: configuration.bodyLimit)
        let sender = Sender(
            runner: self, transport: transport, deadline: deadline,
            limiter: configuration.rate.map { RateLimiter(rate: $0) })
        var ledger = RunLedger()
        var progress = RunProgress(
            done: 0, total: cases.planned(true, configuration.shard) + cases.planned(false, configuration.shard),
            findings: 0, requests: 0, elapsed: 0)
        for reads in [true, false] {
            await sendPhase(cases, reads: reads, with: sender, ledger: &ledger, progress: &progress, start: start)
        }
        // One whole copy of what is kept at a time: with `--seed`, that is every case.
        ledger.kept.sort { $0.order < $1.order }
        var kept = ledger.kept.map(\.sent)
        ledger.kept = []
        kept = await shrinkFailures(kept, with: sender)
        var exchanges = kept.map(\.exchange)
        var findings = kept.flatMap(\.findings)
        kept = []
        if configuration.checks.contains(.resourceLifecycle) {
            let lifecycles = await runLifecycles(ledger.firstValid.mapValues(\.runCase), with: sender)
            exchanges += lifecycles.exchanges
            findings += lifecycles.findings
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
            unreachable: unreachable, operations: operationRuns(ledger.entries))
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

    /// Every operation of the document with the cases drawn for it.
    func operationRuns(_ entries: [String: [OperationRun.CaseEntry]]) -> [OperationRun] {
        document.operations.map { operation in
            OperationRun(
                id: operation.id, method: operation.method.wireName, path: operation.path,
                cases: entries[operation.id] ?? [])
        }
    }

    /// Sends one phase (`reads`: see ``RunCases``): its cases of this shard as they are drawn,
    /// then the unauthenticated probes of its operations, with at most `concurrency` requests
    /// in flight. A request the budget leaves no time for is counted skipped. `progress`
    /// counts on across phases; its planned total is made exact once the phase is drawn.
    func sendPhase(
        _ cases: RunCases, reads: Bool, with sender: Sender, ledger: inout RunLedger, progress: inout RunProgress,
        start: ContinuousClock.Instant
    ) async {
        let drawn = cases.draw(reads)
        let planned = cases.planned(reads, configuration.shard)
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
                        return Work(runCase: item.runCase, order: Work.Order(isProbe: false, position: item.position))
                    }
                    let phaseProbes = self.probes(reads: reads, from: ledger.firstValid)
                    progress.total += drawnCases + phaseProbes.count - planned
                    probes = phaseProbes.makeIterator()
                }
                return probes?.next()
            }
            func send(_ work: Work, _ group: inout TaskGroup<(Work, Sent?)>) {
                group.addTask {
                    let purpose: Exchange.Purpose = work.isProbe ? .unauthenticated : .testCase
                    return (work, await sender.send(work.runCase, purpose: purpose, anonymous: work.isProbe))
                }
            }
            for _ in 0..<configuration.concurrency {
                guard let work = next() else { break }
                send(work, &group)
            }
            while let (work, sent) = await group.next() {
                if let sent {
                    if let kept = retained(sent) {
                        ledger.kept.append((work.order, kept))
                    } else {
                        ledger.tally.count(sent.exchange)
                    }
                } else if !work.isProbe {
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

    /// One valid case per operation of the phase that requires credentials, to send without
    /// them: the first valid case drawn for each, in generation order.
    func probes(reads: Bool, from firstValid: [String: RunCases.Drawn]) -> [Work] {
        guard configuration.checks.contains(.authEnforced) else { return [] }
        return firstValid.values.filter { drawn in
            RunCases.isRead(drawn.runCase.method) == reads
                && document.operation(withID: drawn.runCase.operationID)?.requiresAuthentication == true
        }
        .sorted { $0.position < $1.position }
        .map { drawn in
            var probe = drawn.runCase
            probe.id = "unauthenticated:" + probe.id
            return Work(runCase: probe, order: Work.Order(isProbe: true, position: drawn.position))
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
