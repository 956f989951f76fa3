import Foundation

/// The Gr4vy sessions of one sandbox, behind a lock: handlers run on many threads.
final class Gr4vySessionStore: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [String: Gr4vyCheckoutSession] = [:]
    /// The IDs of deleted sessions.
    private var removed: Set<String> = []

    func insert(_ session: Gr4vyCheckoutSession) {
        lock.withLock { sessions[session.id] = session }
    }

    func session(id: String) -> Gr4vyCheckoutSession? {
        lock.withLock { sessions[id] }
    }

    /// Removes a session; false when there was none.
    func remove(id: String) -> Bool {
        lock.withLock {
            guard sessions.removeValue(forKey: id) != nil else { return false }
            removed.insert(id)
            return true
        }
    }

    /// True when a session with `id` was deleted.
    func wasRemoved(id: String) -> Bool {
        lock.withLock { removed.contains(id) }
    }

    /// Sets a session's payment method; false when there is no such session.
    func setPaymentMethod(_ paymentMethod: JSONValue, id: String) -> Bool {
        lock.withLock {
            guard sessions[id] != nil else { return false }
            sessions[id]?.paymentMethod = paymentMethod
            return true
        }
    }
}
