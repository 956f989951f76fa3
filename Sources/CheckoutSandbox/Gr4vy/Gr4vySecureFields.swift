/// The body of `updateCheckoutSessionFields` (`CheckoutSessionSecureFields` in the spec).
/// Gr4vy refuses unknown members here, so every level rejects them.
struct Gr4vySecureFields {
    /// The stored payment method; `CheckoutSessionPaymentMethod` in the spec.
    let paymentMethod: JSONValue

    private static let digits = "0123456789"

    init(body: JSONValue) throws(RequestValidationError) {
        let object = try ObjectReader(body: body)
        try object.rejectUnknown(allowed: ["payment_method", "postal_code"])
        _ = try object.nullable("postal_code")?.string(minLength: 1, maxLength: 50)
        let method = try object.required("payment_method").object()
        switch try method.required("method").string(in: ["card", "click-to-pay", "id"]) {
        case "card":
            try method.rejectUnknown(allowed: ["method", "number", "expiration_date", "security_code"])
            let number = try Self.digits(method.required("number"), minLength: 13, maxLength: 19)
            let expiration = try method.required("expiration_date")
            let expirationDate = try expiration.string(minLength: 5, maxLength: 5)
            let parts = expirationDate.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(Self.digits.contains) }) else {
                throw expiration.invalid(#"must match ^\d{2}/\d{2}$"#)
            }
            try Self.securityCode(method)
            paymentMethod = Self.storedCard(number: number)
        case "click-to-pay":
            try method.rejectUnknown(allowed: [
                "method", "merchant_transaction_id", "src_correlation_id", "src_dpa_id", "src_cx_flow_id",
            ])
            _ = try method.required("merchant_transaction_id").string()
            _ = try method.required("src_correlation_id").string()
            _ = try method.required("src_dpa_id").string()
            _ = try method.nullable("src_cx_flow_id")?.string()
            paymentMethod = Self.stored(id: nil)
        default:
            try method.rejectUnknown(allowed: ["method", "id", "security_code"])
            let id = try method.required("id").uuid()
            try Self.securityCode(method)
            paymentMethod = Self.stored(id: id)
        }
    }

    private static func digits(_ field: Field, minLength: Int, maxLength: Int) throws(RequestValidationError) -> String {
        let string = try field.string(minLength: minLength, maxLength: maxLength)
        guard string.allSatisfy(digits.contains) else { throw field.invalid(#"must match ^\d+$"#) }
        return string
    }

    private static func securityCode(_ method: ObjectReader) throws(RequestValidationError) {
        if let field = method.nullable("security_code") {
            _ = try digits(field, minLength: 3, maxLength: 4)
        }
    }

    /// The card's scheme guessed from its leading digits, as a vault would.
    private static func scheme(_ number: String) -> String {
        if number.hasPrefix("34") || number.hasPrefix("37") { return "amex" }
        if number.hasPrefix("35") { return "jcb" }
        switch number.first {
        case "4": return "visa"
        case "5": return "mastercard"
        case "6": return "discover"
        default: return "other"
        }
    }

    private static func storedCard(number: String) -> JSONValue {
        let details = JSONObject([
            ("bin", .string(String(number.prefix(6)))),
            ("card_type", .string("credit")),
            ("card_country", .string("US")),
        ])
        return .object(
            JSONObject([
                ("type", .string("payment-method")),
                ("id", .null),
                ("method", .string("card")),
                ("scheme", .string(scheme(number))),
                ("label", .string(String(number.suffix(4)))),
                ("details", .object(details)),
                ("fingerprint", .null),
            ]))
    }

    private static func stored(id: String?) -> JSONValue {
        .object(
            JSONObject([
                ("type", .string("payment-method")),
                ("id", .string(orNull: id)),
                ("method", .string("card")),
                ("scheme", .null),
                ("label", .null),
                ("details", .null),
                ("fingerprint", .null),
            ]))
    }
}
