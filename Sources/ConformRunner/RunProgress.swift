/// How far a run has come, reported after every case: what a progress line shows.
public struct RunProgress: Sendable, Equatable {
    /// Cases answered (or skipped by the budget) so far.
    public var done: Int
    /// Cases the run will send, probes included: planned before the cases are drawn (random
    /// draws that fail, and probes, make it exact as each phase is drawn).
    public var total: Int
    /// Findings so far.
    public var findings: Int
    /// Requests sent so far.
    public var requests: Int
    /// Seconds since the run started.
    public var elapsed: Double

    public init(done: Int, total: Int, findings: Int, requests: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.findings = findings
        self.requests = requests
        self.elapsed = elapsed
    }

    /// Requests per second so far; 0 before any time has passed.
    public var rate: Double { elapsed > 0 ? Double(requests) / elapsed : 0 }

    /// Seconds left at the current pace; nil until one case is done.
    public var remaining: Double? {
        guard done > 0, total >= done else { return nil }
        return elapsed / Double(done) * Double(total - done)
    }
}
