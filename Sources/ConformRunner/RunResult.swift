import ConformCore

/// Everything a run learned, as a value: what the console, the golden files and the reports
/// are made from.
public struct RunResult: Sendable {
    /// The spec file.
    public var spec: String
    /// The cases given to the run.
    public var cases: Int
    /// Cases not sent because the time budget ran out.
    public var skipped: Int
    /// The requests kept whole (cases, unauthenticated probes, lifecycle steps): every one
    /// but the passing random cases' when ``RunConfiguration/keepsRandomBodies`` is false.
    /// Cases in generation order, then probes, then lifecycle steps.
    public var exchanges: [Exchange]
    /// Every request sent, kept or not, counted with its duration.
    public var tally: RequestTally
    /// Findings ordered by operation (document order), check, then case ID.
    public var findings: [Finding]
    public var errors: [CaseError]
    /// Cases the HTTP client cannot put on the wire (a header value with a control
    /// character), listed instead of sent; they neither pass nor fail the run.
    public var unsent: [CaseError] = []
    public var duration: Duration
    /// True when requests were sent and every one of them found nothing accepting connections.
    public var unreachable: Bool
    /// What the golden comparison did; nil when the run compared no goldens.
    public var golden: GoldenSummary? = nil
    /// Every operation of the document in document order, with the cases given to it (skipped
    /// ones included).
    public var operations: [OperationRun]

    public init(
        spec: String, cases: Int, skipped: Int = 0, exchanges: [Exchange] = [], tally: RequestTally? = nil,
        findings: [Finding] = [], errors: [CaseError] = [], duration: Duration = .zero, unreachable: Bool = false,
        operations: [OperationRun] = []
    ) {
        self.spec = spec
        self.cases = cases
        self.skipped = skipped
        self.exchanges = exchanges
        self.tally = tally ?? RequestTally(exchanges)
        self.findings = findings
        self.errors = errors
        self.duration = duration
        self.unreachable = unreachable
        self.operations = operations
    }

    /// Requests sent.
    public var requests: Int { tally.requests }

    /// Finding counts by operation ID, then by check.
    public var findingCounts: [String: [CheckName: Int]] {
        var counts: [String: [CheckName: Int]] = [:]
        for finding in findings { counts[finding.operationID, default: [:]][finding.check, default: 0] += 1 }
        return counts
    }
}
