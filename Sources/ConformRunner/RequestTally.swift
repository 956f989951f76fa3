import ConformCore

/// Requests counted by operation, with their summed time and latency buckets: what the
/// reports need of every request, including those the run did not keep.
public struct RequestTally: Sendable, Equatable {
    /// Requests counted.
    public private(set) var requests = 0
    /// By operation ID.
    private(set) var operations: [String: Timing.OperationTiming] = [:]

    public init() {}

    /// The tally of `exchanges`.
    public init(_ exchanges: [Exchange]) {
        for exchange in exchanges { count(exchange) }
    }

    /// Counts one request.
    mutating func count(_ exchange: Exchange) {
        requests += 1
        let id = exchange.operationID
        operations[id, default: Timing.OperationTiming(id: id)].add(exchange.duration)
    }

    /// The timing of one operation; none for an operation that was not called.
    func timing(of operationID: String) -> Timing.OperationTiming {
        operations[operationID] ?? Timing.OperationTiming(id: operationID)
    }
}
