/// The body of Stripe's sample `POST /checkout` (`CheckoutRequest` in the spec).
struct StripeCheckoutRequest {
    /// One entry of `items`: a price in dollars, as the sample's client sends it.
    struct Item {
        let name: String
        let product: String
        let price: ExactDecimal
        let quantity: Int32
    }

    /// Stripe refuses unit amounts past eight digits of cents.
    static let maximumPrice = JSONNumber(text: "999999.99")

    let items: [Item]

    init(body: JSONValue, fault: Fault?) throws(RequestValidationError) {
        let object = try ObjectReader(body: body)
        var items: [Item] = []
        for field in try object.required("items").array(minItems: 1) {
            let item = try field.object()
            let quantityField: Field? =
                fault == .stripeQuantityNotRequired ? item.optional("quantity") : try item.required("quantity")
            items.append(
                Item(
                    name: try item.required("name").string(minLength: 1),
                    product: try item.required("product").uri(),
                    price: try item.required("price").number(minimum: JSONNumber(text: "0"), maximum: Self.maximumPrice).exact,
                    quantity: try quantityField?.int32(minimum: 1) ?? 1))
        }
        self.items = items
    }
}
