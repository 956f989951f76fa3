import Foundation

/// The Quaderno sessions of one sandbox, behind a lock, starting with the docs' three examples
/// (completed, failed, abandoned) so that the "only pending" rule can be exercised.
final class QuadernoSessionStore: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [Int64: QuadernoSession]
    private var nextID: Int64

    init() {
        let seeds = Self.seedSessions()
        sessions = Dictionary(uniqueKeysWithValues: seeds.map { ($0.id, $0) })
        nextID = (seeds.map(\.id).max() ?? 0) + 1
    }

    /// Creates a pending session from a validated creation body.
    func create(_ input: QuadernoSessionInput) -> QuadernoSession {
        lock.withLock {
            var session = QuadernoSession(id: nextID)
            session.apply(input)
            sessions[session.id] = session
            nextID += 1
            return session
        }
    }

    func session(id: Int64) -> QuadernoSession? {
        lock.withLock { sessions[id] }
    }

    /// Newest first; ids grow with creation time.
    func list(status: String?) -> [QuadernoSession] {
        lock.withLock {
            sessions.values.filter { status == nil || $0.status == status }.sorted { $0.id > $1.id }
        }
    }

    /// Applies an update when `allowed` says the current session may take it.
    enum UpdateOutcome {
        case updated(QuadernoSession)
        case refused(QuadernoSession)
        case notFound
    }

    func update(id: Int64, with input: QuadernoSessionInput, allowed: (QuadernoSession) -> Bool) -> UpdateOutcome {
        lock.withLock {
            guard var session = sessions[id] else { return .notFound }
            guard allowed(session) else { return .refused(session) }
            session.apply(input)
            session.updates += 1
            sessions[id] = session
            return .updated(session)
        }
    }

    private static func seedSessions() -> [QuadernoSession] {
        func item(_ product: String, _ name: String, _ description: String?) -> JSONValue {
            .object(
                JSONObject([
                    ("product", .string(product)),
                    ("amount", .number(JSONNumber(text: "999.0"))),
                    ("name", .string(name)),
                    ("description", .string(orNull: description)),
                    ("currency", .string("EUR")),
                    ("quantity", .int(1)),
                ]))
        }
        var completed = QuadernoSession(id: 1, status: "completed", permalinkToken: "8ccf3fdc42b85800188b113b81d3e4212ef094b3")
        completed.cancelURL = "http://go.back.com"
        completed.couponCollection = true
        completed.paymentMethods = ["card", "paypal"]
        completed.successURL = "http://success.com?prod=1"
        completed.items = [item("prod_61ffa845b4a0b8", "A test item", "This a test item.")]
        completed.customer = [
            "billing_city": "John", "billing_country": "GB", "billing_postal_code": "asd",
            "billing_street_line_1": "asd", "billing_street_line_2": "asd", "company": "",
            "email": "john@doe.com", "first_name": "John", "last_name": "Doe",
        ]
        completed.processor = "stripe"
        completed.processorID = "pi_sandbox_1"

        var failed = QuadernoSession(id: 2, status: "failed", permalinkToken: "5c24890be57274275358e7d25ea5200384fc7293")
        failed.billingDetailsCollection = "auto"
        failed.cancelURL = "http://go.back.com"
        failed.couponCollection = true
        failed.locale = "es"
        failed.paymentMethods = ["paypal"]
        failed.successURL = "http://success.com?prod=2"
        failed.items = [item("awesome", "Awesome", "")]
        failed.customer = [
            "billing_postal_code": "asd", "billing_street_line_1": "asdas", "billing_street_line_2": "asd",
            "company": "", "first_name": "James",
        ]
        failed.processor = "paypal"

        var abandoned = QuadernoSession(id: 3, status: "abandoned", permalinkToken: "0092e2afbc457a2e3acf1a2c75928743d06c1fe5")
        abandoned.paymentMethods = ["card", "paypal"]
        abandoned.successURL = "http://success.com"
        abandoned.items = [item("prod_61ffa845b4a0b8", "Something", nil)]
        abandoned.customer = [
            "billing_city": "York", "billing_country": "GB", "billing_postal_code": "Y01 6FA",
            "billing_street_line_1": "Fake Street 1", "billing_street_line_2": "Apt. 1", "company": "",
            "email": "giles@gorales.co.uk", "first_name": "Giles",
        ]
        return [completed, failed, abandoned]
    }
}
