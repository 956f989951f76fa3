/// The body of Dodo's `POST /checkouts` (`CreateCheckoutSessionRequest` in the spec).
/// Every member is validated; only the cart is kept, since the sandbox answers with ids alone.
struct DodoCheckoutRequest {
    /// `ProductItemReq` in the spec.
    struct ProductItem {
        let productID: String
        let quantity: Int32
        let amount: Int32?
    }

    let productCart: [ProductItem]

    init(body: JSONValue, fault: Fault?) throws(RequestValidationError) {
        let object = try ObjectReader(body: body)
        if let types = object.nullable("allowed_payment_method_types") {
            for type in try types.array(uniqueItems: fault != .dodoUniqueItemsIgnored) {
                _ = try type.string(in: DodoEnums.paymentMethodTypes)
            }
        }
        if let address = object.nullable("billing_address") {
            try Self.validateBillingAddress(address.object())
        }
        _ = try object.nullable("billing_currency")?.string(in: DodoEnums.currencies)
        let confirm = fault == .dodoNullConfirmAccepted ? object.nullable("confirm") : object.optional("confirm")
        _ = try confirm?.bool()
        if let customer = object.nullable("customer") {
            try Self.validateCustomer(customer, fault: fault)
        }
        if let customization = object.optional("customization") {
            let reader = try customization.object()
            _ = try reader.optional("show_on_demand_tag")?.bool()
            _ = try reader.optional("show_order_details")?.bool()
            _ = try reader.optional("theme")?.string(in: DodoEnums.themes)
        }
        _ = try object.nullable("discount_code")?.string()
        if let flags = object.optional("feature_flags") {
            let reader = try flags.object()
            for flag in [
                "allow_currency_selection", "allow_discount_code", "allow_phone_number_collection", "allow_tax_id",
                "always_create_new_customer",
            ] {
                _ = try reader.optional(flag)?.bool()
            }
        }
        _ = try object.nullable("metadata")?.stringMap()
        _ = try object.nullable("return_url")?.string()
        _ = try object.optional("show_saved_payment_methods")?.bool()
        if let subscription = object.nullable("subscription_data") {
            try Self.validateSubscriptionData(subscription.object())
        }
        var cart: [ProductItem] = []
        for field in try object.required("product_cart").array() {
            cart.append(try Self.productItem(field, fault: fault))
        }
        productCart = cart
    }

    private static func productItem(_ field: Field, fault: Fault?) throws(RequestValidationError) -> ProductItem {
        let item = try field.object()
        if let addons = item.nullable("addons") {
            for addon in try addons.array() {
                let reader = try addon.object()
                _ = try reader.required("addon_id").string()
                _ = try reader.required("quantity").int32(minimum: 0)
            }
        }
        return ProductItem(
            productID: try item.required("product_id").string(),
            quantity: try Self.quantity(item.required("quantity"), fault: fault),
            amount: try item.nullable("amount")?.int32())
    }

    /// The item's quantity; under `dodo-quantity-string-coerced` a string of digits passes
    /// for the number, as a form-minded framework would coerce it.
    private static func quantity(_ field: Field, fault: Fault?) throws(RequestValidationError) -> Int32 {
        if fault == .dodoQuantityStringCoerced, case .string(let text) = field.value, let coerced = Int32(text), coerced >= 0 {
            return coerced
        }
        return try field.int32(minimum: 0)
    }

    private static func validateBillingAddress(_ address: ObjectReader) throws(RequestValidationError) {
        _ = try address.required("country").string(in: DodoEnums.countryCodes)
        for key in ["city", "state", "street", "zipcode"] {
            _ = try address.nullable(key)?.string()
        }
    }

    /// `CustomerRequest` is a oneOf: exactly one of its two shapes must match.
    private static func validateCustomer(_ field: Field, fault: Fault?) throws(RequestValidationError) {
        let customer = try field.object()
        let existing = Result { () throws(RequestValidationError) in _ = try customer.required("customer_id").string() }
        let new = Result { () throws(RequestValidationError) in
            _ = try customer.required("email").string()
            _ = try customer.required("name").string()
            _ = try customer.nullable("phone_number")?.string()
        }
        switch (existing, new) {
        case (.success, .success) where fault == .dodoCustomerBothShapes:
            return
        case (.success, .success):
            throw field.invalid("must match exactly one of AttachExistingCustomer, NewCustomer, but matches both")
        case (.failure, .failure):
            throw field.invalid("must match exactly one of AttachExistingCustomer, NewCustomer, but matches neither")
        default:
            return
        }
    }

    private static func validateSubscriptionData(_ data: ObjectReader) throws(RequestValidationError) {
        _ = try data.nullable("trial_period_days")?.int32()
        guard let onDemand = data.nullable("on_demand") else { return }
        let reader = try onDemand.object()
        _ = try reader.required("mandate_only").bool()
        _ = try reader.nullable("adaptive_currency_fees_inclusive")?.bool()
        _ = try reader.nullable("product_currency")?.string(in: DodoEnums.currencies)
        _ = try reader.nullable("product_description")?.string()
        _ = try reader.nullable("product_price")?.int32()
    }
}
