import ConformCore

/// How much of one operation a run exercised: what reports show instead of a pass for a
/// check that judged nothing.
public struct OperationCoverage: Sendable, Hashable {
    /// Responses to requests that went with the credentials the operation needs (or needed
    /// none): the operation counts as exercised when there is one.
    public var answered: Int
    /// Responses each check judged.
    public var judged: [CheckName: Int]

    public init(answered: Int = 0, judged: [CheckName: Int] = [:]) {
        self.answered = answered
        self.judged = judged
    }

    /// Counts `exchange`, which called `operation`, judged by `checks`.
    mutating func count(_ exchange: Exchange, of operation: Operation, judgedBy checks: Set<CheckName>) {
        if exchange.response != nil, !exchange.lacksCredentials(for: operation) { answered += 1 }
        for check in checks { judged[check, default: 0] += 1 }
    }

    /// The counts of both.
    static func + (lhs: OperationCoverage, rhs: OperationCoverage) -> OperationCoverage {
        OperationCoverage(answered: lhs.answered + rhs.answered, judged: lhs.judged.merging(rhs.judged, uniquingKeysWith: +))
    }
}
