/// A stored Quaderno checkout session (`Session` in the spec).
struct QuadernoSession: Sendable {
    let id: Int64
    var status: String
    var billingDetailsCollection = "required"
    var cancelURL: String?
    var couponCollection = false
    var custom = JSONObject()
    var customer: [String: String] = [:]
    var items: [JSONValue] = []
    var locale = "auto"
    var paymentMethods = ["card"]
    let permalink: String
    var processor: String?
    var processorID: String?
    var successURL = ""
    /// Updates the session has taken since it was created.
    var updates = 0

    init(id: Int64, status: String = "pending", permalinkToken: String = RandomIdentifier.hex(40)) {
        self.id = id
        self.status = status
        self.permalink = "https://ACCOUNT_NAME.quadernoapp.com/checkout/session/\(permalinkToken)"
    }

    /// Sets every member the input carries and leaves the others as they are.
    mutating func apply(_ input: QuadernoSessionInput) {
        if let value = input.billingDetailsCollection { billingDetailsCollection = value }
        if let value = input.cancelURL { cancelURL = value }
        if let value = input.couponCollection { couponCollection = value }
        if let value = input.custom { custom = value }
        for (key, value) in input.customer ?? [] { customer[key] = value }
        if let value = input.items { items = value }
        if let value = input.locale { locale = value }
        if let value = input.paymentMethods { paymentMethods = value }
        if let value = input.successURL { successURL = value }
    }

    var json: JSONValue {
        let customer = JSONObject(QuadernoSessionInput.customerKeys.map { ($0, .string(orNull: self.customer[$0])) })
        return .object(
            JSONObject([
                ("id", .int(id)),
                ("status", .string(status)),
                ("billing_details_collection", .string(billingDetailsCollection)),
                ("cancel_url", .string(orNull: cancelURL)),
                ("coupon_collection", .bool(couponCollection)),
                ("locale", .string(locale)),
                ("payment_methods", .array(paymentMethods.map(JSONValue.string))),
                ("success_url", .string(successURL)),
                ("custom", .object(custom)),
                ("items", .array(items)),
                ("customer", .object(customer)),
                ("permalink", .string(permalink)),
                ("processor", .string(orNull: processor)),
                ("processor_id", .string(orNull: processorID)),
            ]))
    }
}
