/// What a ``RunPipeline`` run gives back: every spec's result and the report made of them.
public struct RunOutcome: Sendable {
    /// One result per spec, in the plan's order, without request and response bodies.
    public var results: [RunResult]
    public var report: Report
    /// Why the reports could not be written; nil when they were, or none were asked for.
    public var reportError: String?

    /// True when no spec's target accepted a connection.
    public var unreachable: Bool { results.allSatisfy(\.unreachable) }
}
