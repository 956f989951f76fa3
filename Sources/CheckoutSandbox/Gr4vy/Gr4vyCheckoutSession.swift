import Foundation

/// A stored Gr4vy checkout session (`CheckoutSession` in the spec).
struct Gr4vyCheckoutSession: Sendable {
    /// Gr4vy's default lifetime for a session.
    static let lifetime: TimeInterval = 3600

    let id: String
    let expiresAt: String
    let cartItems: [Gr4vyCartItem]?
    let metadata: [(key: String, value: String)]?
    var paymentMethod: JSONValue = .null

    init(id: String, createdAt: Date, request: Gr4vyCheckoutSessionCreate) {
        self.id = id
        self.expiresAt = Self.timestamp(createdAt.addingTimeInterval(Self.lifetime))
        self.cartItems = request.cartItems
        self.metadata = request.metadata
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// ISO 8601 with an explicit offset, as Gr4vy writes it: `2022-01-01T00:00:00+00:00`.
    static func timestamp(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))+00:00"
    }

    /// The response body; `omittingExpiresAt` plants fault `gr4vy-expires-at-missing` on reads.
    func json(omittingExpiresAt: Bool = false) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("type", .string("checkout-session")),
            ("id", .string(id)),
            ("expires_at", .string(expiresAt)),
            ("cart_items", cartItems.map { .array($0.map(\.json)) } ?? .null),
            ("metadata", metadata.map { .object(JSONObject($0.map { ($0.key, .string($0.value)) })) } ?? .null),
            ("payment_method", paymentMethod),
        ]
        if omittingExpiresAt {
            members.removeAll { $0.key == "expires_at" }
        }
        return .object(JSONObject(members))
    }
}
