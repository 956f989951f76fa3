/// The `checkout.session` object the sample server answers with.
enum StripeCheckoutSession {
    static let successURL = "http://localhost:4242/success.html"
    static let cancelURL = "http://localhost:4242/cancel.html"

    /// Dollars to cents, rounded half up to the nearest cent, exactly; `power` is 2 (cents)
    /// except under the planted fault. Prices are at most 999999.99, so cents always fit.
    static func cents(_ dollars: ExactDecimal, power: Int = 2) -> Int64 {
        dollars.rounded(scaledBy: power)!
    }

    static func json(id: String, request: StripeCheckoutRequest, fault: Fault?) -> JSONValue {
        let power = fault == .stripeUnitAmountTimesTen ? 1 : 2
        let lineItems: [JSONValue] = request.items.map { item in
            .object(
                JSONObject([
                    (
                        "price_data",
                        .object(
                            JSONObject([
                                ("currency", .string("usd")),
                                (
                                    "product_data",
                                    .object(
                                        JSONObject([
                                            ("name", .string(item.name)),
                                            ("images", .array([.string(item.product)])),
                                        ]))
                                ),
                                ("unit_amount", .int(cents(item.price, power: power))),
                            ]))
                    ),
                    ("quantity", .int(item.quantity)),
                ]))
        }
        return .object(
            JSONObject([
                ("id", .string(id)),
                ("object", .string("checkout.session")),
                ("payment_method_types", .array([.string("card")])),
                (
                    "shipping_address_collection",
                    .object(JSONObject([("allowed_countries", .array([.string("US"), .string("CA")]))]))
                ),
                ("shipping_options", shippingOptions),
                ("line_items", .array(lineItems)),
                ("mode", .string("payment")),
                ("success_url", .string(successURL)),
                ("cancel_url", .string(cancelURL)),
            ]))
    }

    /// The sample's two fixed options: free in 5-7 business days, $15 next day.
    static let shippingOptions: JSONValue = .array([
        shippingOption(amount: 0, name: "Free shipping", minimumDays: 5, maximumDays: 7),
        shippingOption(amount: 1500, name: "Next day air", minimumDays: 1, maximumDays: 1),
    ])

    private static func shippingOption(amount: Int, name: String, minimumDays: Int, maximumDays: Int) -> JSONValue {
        func bound(_ days: Int) -> JSONValue {
            .object(JSONObject([("unit", .string("business_day")), ("value", .int(days))]))
        }
        return .object(
            JSONObject([
                (
                    "shipping_rate_data",
                    .object(
                        JSONObject([
                            ("type", .string("fixed_amount")),
                            ("fixed_amount", .object(JSONObject([("amount", .int(amount)), ("currency", .string("usd"))]))),
                            ("display_name", .string(name)),
                            (
                                "delivery_estimate",
                                .object(JSONObject([("minimum", bound(minimumDays)), ("maximum", bound(maximumDays))]))
                            ),
                        ]))
                )
            ]))
    }
}
