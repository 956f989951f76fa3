import ConformCore
import Foundation

/// Sends a spec's cases to a target with bounded concurrency and judges every response.
///
/// ```swift
/// let runner = Runner(document: document, configuration: configuration)
/// let result = await runner.run(cases)
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

    /// One request to send in the first phase.
    enum Work {
        case testCase(RunCase)
        /// The case sent again without credentials, for `auth_enforced`.
        case unauthenticated(RunCase)

        var runCase: RunCase {
            switch self {
            case .testCase(let runCase), .unauthenticated(let runCase): runCase
            }
        }
    }

    /// What one sent request produced.
    struct Sent {
        var exchange: Exchange
        var findings: [Finding]
        var testCase: TestCase?
    }

    /// Sends every case, the unauthenticated probes and the lifecycle sequences; never throws.
    public func run(_ cases: [RunCase]) async -> RunResult {
        let start = ContinuousClock.now
        let deadline = configuration.budget.map { start + $0 }
        let transport = HTTPTransport(
            connections: configuration.concurrency, timeout: configuration.timeout, bodyLimit: configuration.bodyLimit)
        let sender = Sender(
            runner: self, transport: transport, deadline: deadline,
            limiter: configuration.rate.map { RateLimiter(rate: $0) })
        let mine = configuration.shard.map { shard in cases.filter { shard.contains($0.id) } } ?? cases
        // Probes and lifecycles are chosen from all the operation's cases, as unsharded, by the
        // one shard that owns the operation.
        let owned = cases.filter { configuration.ownsOperation($0.operationID) }
        var work = mine.map(Work.testCase)
        if configuration.checks.contains(.authEnforced) { work += probes(for: owned).map(Work.unauthenticated) }
        let sent = await shrinkFailures(await sendReadsFirst(work, with: sender, start: start), with: sender)
        var exchanges = sent.compactMap { $0?.exchange }
        var findings = sent.compactMap { $0 }.flatMap(\.findings)
        if configuration.checks.contains(.resourceLifecycle) {
            let lifecycles = await runLifecycles(owned, with: sender)
            exchanges += lifecycles.exchanges
            findings += lifecycles.findings
        }
        await transport.shutdown()
        let skipped = zip(work, sent).filter { if case .testCase = $0.0 { $0.1 == nil } else { false } }.count
        return RunResult(
            spec: document.file, cases: mine.count, skipped: skipped, exchanges: exchanges,
            findings: ordered(findings), errors: errors(in: exchanges), duration: ContinuousClock.now - start,
            unreachable: !exchanges.isEmpty && exchanges.allSatisfy { exchange in
                if case .failure(let error) = exchange.outcome { error.kind == .connectionRefused } else { false }
            }, operations: operationRuns(mine))
    }

    /// Every operation of the document with the cases of `cases` that belong to it.
    func operationRuns(_ cases: [RunCase]) -> [OperationRun] {
        let byOperation = Dictionary(grouping: cases, by: \.operationID)
        return document.operations.map { operation in
            OperationRun(
                id: operation.id, method: operation.method.wireName, path: operation.path,
                cases: (byOperation[operation.id] ?? []).map {
                    OperationRun.CaseEntry(id: $0.id, kind: $0.testCase?.kind.rawValue ?? "custom")
                })
        }
    }

    /// Sends the read-only requests (GET, HEAD, OPTIONS) first, then the rest, each phase
    /// concurrently: no read then sees how many writes concurrency let through before it
    /// (a list grown by creations), so golden records do not depend on the run order.
    func sendReadsFirst(_ work: [Work], with sender: Sender, start: ContinuousClock.Instant) async -> [Sent?] {
        let isRead = work.map { ["GET", "HEAD", "OPTIONS"].contains($0.runCase.method) }
        var progress = RunProgress(done: 0, total: work.count, findings: 0, requests: 0, elapsed: 0)
        let reads = await sendAll(
            work.indices.filter { isRead[$0] }.map { work[$0] }, with: sender, start: start, progress: &progress)
        let writes = await sendAll(
            work.indices.filter { !isRead[$0] }.map { work[$0] }, with: sender, start: start, progress: &progress)
        var readResults = reads.makeIterator()
        var writeResults = writes.makeIterator()
        return isRead.map { $0 ? readResults.next()! : writeResults.next()! }
    }

    /// Sends `work` with at most `concurrency` requests in flight; nil where the budget ran
    /// out before the request was sent. `progress` counts on across calls.
    func sendAll(
        _ work: [Work], with sender: Sender, start: ContinuousClock.Instant, progress: inout RunProgress
    ) async -> [Sent?] {
        var results = [Sent?](repeating: nil, count: work.count)
        await withTaskGroup(of: (Int, Sent?).self) { group in
            var next = 0
            func startNext(_ group: inout TaskGroup<(Int, Sent?)>) {
                let index = next
                next += 1
                group.addTask {
                    switch work[index] {
                    case .testCase(let runCase): (index, await sender.send(runCase, purpose: .testCase))
                    case .unauthenticated(let runCase):
                        (index, await sender.send(runCase, purpose: .unauthenticated, anonymous: true))
                    }
                }
            }
            while next < min(configuration.concurrency, work.count) { startNext(&group) }
            while let (index, sent) = await group.next() {
                results[index] = sent.map { retained($0) }
                if next < work.count { startNext(&group) }
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
        return results
    }

    /// One valid case per operation that requires credentials, to send without them.
    func probes(for cases: [RunCase]) -> [RunCase] {
        var seen: Set<String> = []
        return cases.filter { runCase in
            guard runCase.expectation.isValid, !seen.contains(runCase.operationID),
                document.operation(withID: runCase.operationID)?.requiresAuthentication == true
            else { return false }
            seen.insert(runCase.operationID)
            return true
        }.map { probe in
            var probe = probe
            probe.id = "unauthenticated:" + probe.id
            return probe
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
