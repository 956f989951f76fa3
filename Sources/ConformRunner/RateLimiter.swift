/// Spaces requests `1/rate` seconds apart across every task, and holds them all back while
/// a 429's `Retry-After` lasts.
actor RateLimiter {
    private let interval: Duration
    private var nextSlot = ContinuousClock.now

    /// A limiter for `rate` requests per second.
    init(rate: Double) {
        interval = .nanoseconds(Int64(1e9 / rate))
    }

    /// Waits for this task's turn; throws when the task is cancelled meanwhile.
    func acquire() async throws {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot)
        nextSlot = slot + interval
        if slot > now { try await Task.sleep(until: slot, clock: .continuous) }
    }

    /// Holds every later request back for `delay`.
    func pause(for delay: Duration) {
        nextSlot = max(nextSlot, ContinuousClock.now + delay)
    }
}
