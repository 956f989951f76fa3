import Foundation

/// Runs two independent pieces of work at the same time, one per core, and returns both
/// results in order: drift loads and prepares its two versions this way.
///
/// `second` runs on a thread of its own and `first` on the caller's. Not on a shared pool
/// (`DispatchQueue.concurrentPerform`): called from a task, that took the concurrency pool's
/// other thread too and stalled every other task until both were done.
public func bothAtOnce<A: Sendable, B: Sendable>(
    _ first: () -> A, _ second: @escaping @Sendable () -> B
) -> (A, B) {
    let results = SecondResult<B>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        results.value = second()
        done.signal()
    }
    // As much stack as a main thread: loading and comparing recurse over deep documents.
    thread.stackSize = 8 << 20
    thread.start()
    let a = first()
    done.wait()
    return (a, results.value!)
}

/// The result of ``bothAtOnce(_:_:)``'s second piece of work.
private final class SecondResult<B>: @unchecked Sendable {
    // Written by the second thread before it signals; read after the wait.
    var value: B?
}
