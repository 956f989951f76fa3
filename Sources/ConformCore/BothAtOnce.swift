import Dispatch

/// Runs two independent pieces of work at the same time, one per core, and returns both
/// results in order: drift loads and prepares its two versions this way.
public func bothAtOnce<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
) -> (A, B) {
    let results = PairBox<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
}

/// The two results of ``bothAtOnce(_:_:)``.
private final class PairBox<A, B>: @unchecked Sendable {
    // Each slot is written by one worker; both are read after `concurrentPerform` returns.
    var first: A?
    var second: B?
}
