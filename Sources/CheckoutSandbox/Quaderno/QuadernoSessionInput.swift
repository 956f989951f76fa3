/// The body of `createCheckoutSession` (`SessionCreate`) or `updateCheckoutSession`
/// (`SessionUpdate`): the same members, required ones only when creating.
struct QuadernoSessionInput {
    static let statuses: Set<String> = ["pending", "processing", "failed", "completed", "abandoned"]
    static let locales: Set<String> = ["auto", "ca", "de", "en", "es", "fi", "fr", "hu", "nl", "sv", "no"]
    static let customerKeys = [
        "billing_city", "billing_country", "billing_postal_code", "billing_street_line_1", "billing_street_line_2",
        "business_number", "company", "email", "first_name", "last_name", "tax_id",
    ]

    var billingDetailsCollection: String?
    /// Absent is `nil`; present is the new value, which may be null.
    var cancelURL: String??
    var couponCollection: Bool?
    var custom: JSONObject?
    /// Only the customer members sent, each a string or null.
    var customer: [(key: String, value: String?)]?
    var items: [JSONValue]?
    var locale: String?
    var paymentMethods: [String]?
    var successURL: String?

    init(body: JSONValue, creating: Bool, fault: Fault?) throws(RequestValidationError) {
        let object = try ObjectReader(body: body)
        billingDetailsCollection = try object.optional("billing_details_collection")?.string(in: ["auto", "required"])
        if let field = object.optional("cancel_url") {
            cancelURL = .some(field.isNull ? nil : try field.string())
        }
        couponCollection = try object.optional("coupon_collection")?.bool()
        custom = try object.optional("custom")?.object().object
        if let field = object.optional("customer") {
            let reader = try field.object()
            var customer: [(key: String, value: String?)] = []
            for key in Self.customerKeys {
                if let member = reader.optional(key) {
                    customer.append((key, member.isNull ? nil : try member.string()))
                }
            }
            self.customer = customer
        }
        let itemsField = creating ? try object.required("items") : object.optional("items")
        if let itemsField {
            var items: [JSONValue] = []
            for item in try itemsField.array(minItems: 1) {
                items.append(try Self.item(item))
            }
            self.items = items
        }
        let locales = creating && fault == .quadernoLocaleNoRejected ? Self.locales.subtracting(["no"]) : Self.locales
        locale = try object.optional("locale")?.string(in: locales)
        if let field = object.optional("payment_methods") {
            var methods: [String] = []
            for method in try field.array(minItems: 1, uniqueItems: true) {
                methods.append(try method.string(in: ["card", "paypal"]))
            }
            paymentMethods = methods
        }
        let successField = creating ? try object.required("success_url") : object.optional("success_url")
        successURL = try successField?.string()
    }

    /// An `Item`, normalized to the response's member order with `description` always present.
    private static func item(_ field: Field) throws(RequestValidationError) -> JSONValue {
        let item = try field.object()
        let product = try item.required("product").string()
        let amount = try item.required("amount").number(minimum: JSONNumber(text: "0"))
        let name = try item.required("name").string()
        let description = try item.nullable("description")?.string()
        let currencyField = try item.required("currency")
        let currency = try currencyField.string()
        guard currency.utf8.count == 3, currency.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
        else { throw currencyField.invalid("must match ^[A-Z]{3}$") }
        let quantity = try item.required("quantity").int32(minimum: 1)
        return .object(
            JSONObject([
                ("product", .string(product)),
                ("amount", .number(amount)),
                ("name", .string(name)),
                ("description", .string(orNull: description)),
                ("currency", .string(currency)),
                ("quantity", .int(quantity)),
            ]))
    }
}
