/// The body of `newCheckoutSession` (`CheckoutSessionCreate` in the spec).
struct Gr4vyCheckoutSessionCreate {
    let cartItems: [Gr4vyCartItem]?
    let metadata: [(key: String, value: String)]?

    init(body: JSONValue, fault: Fault?) throws(RequestValidationError) {
        let object = try ObjectReader(body: body)
        if let field = object.nullable("cart_items") {
            var items: [Gr4vyCartItem] = []
            for item in try field.array() {
                items.append(try Gr4vyCartItem(item, fault: fault))
            }
            cartItems = items
        } else {
            cartItems = nil
        }
        metadata = try object.nullable("metadata")?.stringMap()
    }
}
