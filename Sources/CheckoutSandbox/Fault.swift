/// A single planted bug the sandbox can run with (`conform sandbox --fault NAME`), so that
/// each of conform's checks can be shown to catch what it claims to.
public enum Fault: String, CaseIterable, Sendable {
    case stripeUnitAmountTimesTen = "stripe-unit-amount-x10"
    case stripeQuantityNotRequired = "stripe-quantity-not-required"
    case stripeTextHTML = "stripe-text-html"
    case gr4vyCreateReturns200 = "gr4vy-create-200"
    case gr4vyNullCartItemsCrash = "gr4vy-null-cart-items-500"
    case gr4vyProductTypeUnchecked = "gr4vy-product-type-unchecked"
    case gr4vyExpiresAtMissing = "gr4vy-expires-at-missing"
    case gr4vyDeleteKeepsSession = "gr4vy-delete-keeps-session"
    case dodoInt32Overflow = "dodo-int32-overflow"
    case dodoNullConfirmAccepted = "dodo-null-confirm-accepted"
    case dodoSessionIdNumber = "dodo-session-id-number"
    case dodoNoAuth = "dodo-no-auth"
    case quadernoLocaleNoRejected = "quaderno-locale-no-rejected"
    case quadernoMissingLocation = "quaderno-missing-location"
    case quadernoInvalidStatus400 = "quaderno-invalid-status-400"
    case quadernoUpdatesAnyStatus = "quaderno-updates-any-status"
    case gr4vyReadSkipsAuthForExisting = "gr4vy-read-existing-without-auth"
    case quadernoForbiddenNot401 = "quaderno-403-not-401"
    case dodoAnyBearerToken = "dodo-any-bearer-token"
    case quadernoUpdateCorruptsRead = "quaderno-update-corrupts-read"
    case gr4vyDeleteAnswersDeleted = "gr4vy-delete-deleted-204"
    case dodoQuantityStringCoerced = "dodo-quantity-string-coerced"
    case dodoUniqueItemsIgnored = "dodo-unique-items-ignored"
    case dodoEmptyCartCrash = "dodo-empty-cart-500"
    case dodoCustomerBothShapes = "dodo-customer-both-shapes"
    case gr4vyClickToPayCrash = "gr4vy-click-to-pay-500"
    case dodoInvalidUTF8Crash = "dodo-invalid-utf8-500"
    case quadernoTruncatedJSON500 = "quaderno-truncated-json-500"
    case quadernoStatusHeaderNewline = "quaderno-status-header-newline-500"
    case gr4vyTrailingCommaAccepted = "gr4vy-trailing-comma-accepted"

    /// The fault's `--fault` name.
    public var name: String { rawValue }

    /// The API the fault lives in, as the spec file names it.
    public var api: String {
        switch self {
        case .stripeUnitAmountTimesTen, .stripeQuantityNotRequired, .stripeTextHTML: "stripe-checkout"
        case .gr4vyCreateReturns200, .gr4vyNullCartItemsCrash, .gr4vyProductTypeUnchecked, .gr4vyExpiresAtMissing,
            .gr4vyDeleteKeepsSession:
            "gr4vy-checkout-sessions"
        case .dodoInt32Overflow, .dodoNullConfirmAccepted, .dodoSessionIdNumber, .dodoNoAuth: "dodo-checkouts"
        case .quadernoLocaleNoRejected, .quadernoMissingLocation, .quadernoInvalidStatus400, .quadernoUpdatesAnyStatus:
            "quaderno-checkout-sessions"
        case .gr4vyReadSkipsAuthForExisting, .gr4vyDeleteAnswersDeleted: "gr4vy-checkout-sessions"
        case .quadernoForbiddenNot401, .quadernoUpdateCorruptsRead: "quaderno-checkout-sessions"
        case .dodoAnyBearerToken: "dodo-checkouts"
        case .dodoQuantityStringCoerced, .dodoUniqueItemsIgnored, .dodoEmptyCartCrash, .dodoCustomerBothShapes:
            "dodo-checkouts"
        case .gr4vyClickToPayCrash: "gr4vy-checkout-sessions"
        case .dodoInvalidUTF8Crash: "dodo-checkouts"
        case .quadernoTruncatedJSON500, .quadernoStatusHeaderNewline: "quaderno-checkout-sessions"
        case .gr4vyTrailingCommaAccepted: "gr4vy-checkout-sessions"
        }
    }

    /// The operationId whose behaviour the fault changes.
    public var operation: String {
        switch self {
        case .stripeUnitAmountTimesTen, .stripeQuantityNotRequired, .stripeTextHTML: "createCheckoutSession"
        case .gr4vyCreateReturns200, .gr4vyNullCartItemsCrash, .gr4vyProductTypeUnchecked: "newCheckoutSession"
        case .gr4vyExpiresAtMissing: "getCheckoutSession"
        case .gr4vyDeleteKeepsSession: "deleteCheckoutSession"
        case .dodoInt32Overflow, .dodoNullConfirmAccepted, .dodoSessionIdNumber, .dodoNoAuth: "createCheckoutSession"
        case .quadernoLocaleNoRejected, .quadernoMissingLocation: "createCheckoutSession"
        case .quadernoInvalidStatus400: "listCheckoutSessions"
        case .quadernoUpdatesAnyStatus: "updateCheckoutSession"
        case .gr4vyReadSkipsAuthForExisting: "getCheckoutSession"
        case .quadernoForbiddenNot401: "listCheckoutSessions"
        case .dodoAnyBearerToken: "createCheckoutSession"
        case .quadernoUpdateCorruptsRead: "retrieveCheckoutSession"
        case .gr4vyDeleteAnswersDeleted: "deleteCheckoutSession"
        case .dodoQuantityStringCoerced, .dodoUniqueItemsIgnored, .dodoEmptyCartCrash, .dodoCustomerBothShapes:
            "createCheckoutSession"
        case .gr4vyClickToPayCrash: "updateCheckoutSessionFields"
        case .dodoInvalidUTF8Crash, .quadernoTruncatedJSON500: "createCheckoutSession"
        case .quadernoStatusHeaderNewline: "listCheckoutSessions"
        case .gr4vyTrailingCommaAccepted: "newCheckoutSession"
        }
    }

    /// The conform check meant to catch the fault (`golden` when only a golden comparison can).
    public var check: String {
        switch self {
        // Which sessions may be updated is state the spec states only in prose; the golden
        // file recorded the 422 for the completed session 1.
        case .stripeUnitAmountTimesTen, .quadernoUpdatesAnyStatus: "golden"
        case .stripeQuantityNotRequired, .gr4vyProductTypeUnchecked, .dodoNullConfirmAccepted: "negative_rejected"
        case .stripeTextHTML: "content_type"
        case .gr4vyCreateReturns200, .quadernoInvalidStatus400: "status_code"
        case .gr4vyNullCartItemsCrash, .dodoInt32Overflow: "server_error"
        case .gr4vyExpiresAtMissing, .dodoSessionIdNumber: "response_schema"
        case .gr4vyDeleteKeepsSession: "resource_lifecycle"
        case .dodoNoAuth: "auth_enforced"
        case .quadernoLocaleNoRejected: "positive_accepted"
        case .quadernoMissingLocation: "response_headers"
        case .gr4vyReadSkipsAuthForExisting, .dodoAnyBearerToken: "auth_enforced"
        case .quadernoForbiddenNot401: "status_code"
        case .quadernoUpdateCorruptsRead: "response_schema"
        case .gr4vyDeleteAnswersDeleted: "resource_lifecycle"
        case .dodoQuantityStringCoerced, .dodoUniqueItemsIgnored, .dodoCustomerBothShapes: "negative_rejected"
        case .dodoEmptyCartCrash, .gr4vyClickToPayCrash: "server_error"
        case .dodoInvalidUTF8Crash, .quadernoTruncatedJSON500, .quadernoStatusHeaderNewline: "server_error"
        case .gr4vyTrailingCommaAccepted: "negative_rejected"
        }
    }

    /// One line saying what the planted bug does.
    public var summary: String {
        switch self {
        case .stripeUnitAmountTimesTen:
            "line_items[].price_data.unit_amount is price*10 instead of price*100 (schema-valid, wrong)"
        case .stripeQuantityNotRequired: "items[].quantity is not required; a missing quantity defaults to 1"
        case .stripeTextHTML: "the 200 session is served as text/html"
        case .gr4vyCreateReturns200: "a created session is answered 200 instead of 201"
        case .gr4vyNullCartItemsCrash: "cart_items: null (nullable) crashes the handler with a 500"
        case .gr4vyProductTypeUnchecked: "cart_items[].product_type outside its enum is accepted"
        case .gr4vyExpiresAtMissing: "the session read back lacks the required expires_at"
        case .gr4vyDeleteKeepsSession: "a deleted session is answered 204 but stays readable"
        case .dodoInt32Overflow: "the cart total amount*quantity is computed in Int32; large valid amounts give 500"
        case .dodoNullConfirmAccepted: "confirm: null (not nullable) is accepted"
        case .dodoSessionIdNumber: "session_id is returned as a number instead of a string"
        case .dodoNoAuth: "requests without a bearer token are served"
        case .quadernoLocaleNoRejected: "locale 'no' is refused with 422 (the YAML 1.1 Norway problem)"
        case .quadernoMissingLocation: "201 Created is sent without the required Location header"
        case .quadernoInvalidStatus400: "an unknown status filter is answered 400, which the spec does not document"
        case .quadernoUpdatesAnyStatus: "sessions that are not pending can be updated"
        case .gr4vyReadSkipsAuthForExisting:
            "an existing session is read without credentials (unknown ids still answer 404, so a random-id probe passes)"
        case .quadernoForbiddenNot401: "requests without valid credentials are answered 403, where only 401 is documented"
        case .dodoAnyBearerToken: "any bearer token is accepted; only a request without one is refused"
        case .quadernoUpdateCorruptsRead: "a session read back after an update has its id as a string"
        case .gr4vyDeleteAnswersDeleted: "deleting a session that was already deleted answers 204 again, not 404"
        case .dodoQuantityStringCoerced: "product_cart[].quantity \"2\" (a string) is coerced to the integer 2"
        case .dodoUniqueItemsIgnored: "allowed_payment_method_types may repeat a type (uniqueItems ignored)"
        case .dodoEmptyCartCrash: "an empty product_cart (allowed) crashes the handler with a 500"
        case .dodoCustomerBothShapes: "a customer matching both oneOf shapes (existing and new) is accepted"
        case .gr4vyClickToPayCrash: "a click-to-pay payment method (one oneOf branch) crashes the fields update with a 500"
        case .dodoInvalidUTF8Crash: "the body is decoded as UTF-8 text before parsing, and bytes that are not UTF-8 crash it with a 500"
        case .quadernoTruncatedJSON500: "a body that ends before its JSON value does is answered 500 instead of 400"
        case .quadernoStatusHeaderNewline:
            "the status filter is echoed in a response header, and a CR or LF in it crashes the header write with a 500"
        case .gr4vyTrailingCommaAccepted: "a lenient parser drops a trailing comma, so {\"a\":1,} is accepted"
        }
    }
}
