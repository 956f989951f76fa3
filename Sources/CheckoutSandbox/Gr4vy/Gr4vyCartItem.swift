/// One `CartItem` of a Gr4vy checkout session, as validated from a request and echoed back.
struct Gr4vyCartItem: Sendable {
    /// `ProductType` in the spec.
    enum ProductType: String, CaseIterable, Sendable {
        case physical, discount, digital, surcharge
        case shippingFee = "shipping_fee"
        case salesTax = "sales_tax"
        case giftCard = "gift_card"
        case storeCredit = "store_credit"
    }

    let name: String
    let quantity: Int32
    let unitAmount: Int32
    let discountAmount: Int32?
    let taxAmount: Int32?
    let externalIdentifier: String?
    let sku: String?
    let productURL: String?
    let imageURL: String?
    let categories: [String]?
    /// Kept as text so the planted fault can let an out-of-enum value through to the response.
    let productType: String?

    init(_ field: Field, fault: Fault?) throws(RequestValidationError) {
        let item = try field.object()
        name = try item.required("name").string(minLength: 1, maxLength: 255)
        quantity = try item.required("quantity").int32(minimum: 1)
        unitAmount = try item.required("unit_amount").int32(minimum: 0)
        discountAmount = try item.nullable("discount_amount")?.int32(minimum: 0)
        taxAmount = try item.nullable("tax_amount")?.int32(minimum: 0)
        externalIdentifier = try item.nullable("external_identifier")?.string(minLength: 1, maxLength: 200)
        sku = try item.nullable("sku")?.string(minLength: 1, maxLength: 200)
        productURL = try item.nullable("product_url")?.uri()
        imageURL = try item.nullable("image_url")?.uri()
        var categories: [String]?
        if let field = item.nullable("categories") {
            categories = []
            for category in try field.array() {
                categories?.append(try category.string(minLength: 1, maxLength: 50))
            }
        }
        self.categories = categories
        if fault == .gr4vyProductTypeUnchecked {
            productType = try item.nullable("product_type")?.string()
        } else {
            productType = try item.nullable("product_type")?.enumCase(ProductType.self).rawValue
        }
    }

    var json: JSONValue {
        .object(
            JSONObject([
                ("name", .string(name)),
                ("quantity", .int(quantity)),
                ("unit_amount", .int(unitAmount)),
                ("discount_amount", discountAmount.map { .int($0) } ?? .null),
                ("tax_amount", taxAmount.map { .int($0) } ?? .null),
                ("external_identifier", .string(orNull: externalIdentifier)),
                ("sku", .string(orNull: sku)),
                ("product_url", .string(orNull: productURL)),
                ("image_url", .string(orNull: imageURL)),
                ("categories", categories.map { .array($0.map(JSONValue.string)) } ?? .null),
                ("product_type", .string(orNull: productType)),
            ]))
    }
}
