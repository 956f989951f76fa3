import ConformCore
import Foundation

/// How a run sends its cases.
public struct RunConfiguration: Sendable {
    public var target: TargetURL
    /// Requests in flight at once (and connections kept open to the target).
    public var concurrency: Int
    /// The longest one request may take, body included.
    public var timeout: Duration
    /// Operations (by ID) whose requests may take another time than ``timeout``.
    public var operationTimeouts: [String: Duration] = [:]
    /// The longest the whole run may take; cases not started by then are skipped.
    public var budget: Duration?
    /// Requests per second at most; with a limit, a 429's `Retry-After` is honoured.
    public var rate: Double?
    /// Bytes of a response body read at most; the rest is cut and reported.
    public var bodyLimit: Int
    public var checks: Set<CheckName>
    public var credentials: Credentials
    /// Only this shard's cases; per-operation work (auth probes, lifecycles) goes to the one
    /// shard that owns the operation, so shard reports add up to an unsharded run's.
    public var shard: CaseGenerator.Shard?
    /// Called after every case of the first phase; must be cheap.
    public var progress: (@Sendable (RunProgress) -> Void)?
    /// False when nothing reads a passing random case's exchange after its checks (no golden
    /// records of random cases, which need a fixed seed): the run then keeps only its tally,
    /// so its memory does not grow with `--random`.
    public var keepsRandomBodies: Bool

    /// Eight requests in flight per core by default: a loopback target keeps every core busy
    /// while a remote one is waited on, without opening hundreds of connections.
    public static var defaultConcurrency: Int { ProcessInfo.processInfo.activeProcessorCount * 8 }

    public init(
        target: TargetURL, concurrency: Int = RunConfiguration.defaultConcurrency, timeout: Duration = .seconds(10),
        budget: Duration? = nil, rate: Double? = nil, bodyLimit: Int = 10 * 1024 * 1024,
        checks: Set<CheckName> = Set(CheckName.allCases), credentials: Credentials = Credentials(),
        shard: CaseGenerator.Shard? = nil, progress: (@Sendable (RunProgress) -> Void)? = nil,
        keepsRandomBodies: Bool = true
    ) {
        self.target = target
        self.concurrency = concurrency
        self.timeout = timeout
        self.budget = budget
        self.rate = rate
        self.bodyLimit = bodyLimit
        self.checks = checks
        self.credentials = credentials
        self.shard = shard
        self.progress = progress
        self.keepsRandomBodies = keepsRandomBodies
    }

    /// The longest one request of `operationID` may take.
    public func timeout(for operationID: String) -> Duration {
        operationTimeouts[operationID] ?? timeout
    }

    /// The longest any request may take: the connection's read timeout.
    var longestTimeout: Duration {
        operationTimeouts.values.reduce(timeout, max)
    }

    /// True when this run does the per-operation work of `operationID` (always, unsharded).
    public func ownsOperation(_ operationID: String) -> Bool {
        shard?.contains("operation:" + operationID) ?? true
    }
}
