import Hummingbird

/// Dodo Payments' `POST /checkouts`, bearer-authenticated and stateless.
struct DodoAPI: Sendable {
    let fault: Fault?

    /// Dodo's error shape, `{code, message}`.
    static func error(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        .json(status, .object(JSONObject([("code", .string(code)), ("message", .string(message))])))
    }

    func createCheckoutSession(_ request: Request) async -> Response {
        let authorized = fault == .dodoAnyBearerToken ? Credentials.hasAnyBearerToken(request) : Credentials.hasBearerToken(request)
        guard fault == .dodoNoAuth || authorized else {
            return Self.error(.unauthorized, code: "UNAUTHORIZED", message: "Missing or invalid bearer token")
        }
        let body: JSONValue
        do throws(RequestBody.Malformed) {
            let bytes = try await RequestBody.bytes(request)
            if fault == .dodoInvalidUTF8Crash, String(validating: bytes, as: UTF8.self) == nil {
                return Self.error(.internalServerError, code: "INTERNAL_SERVER_ERROR", message: "Something went wrong :(")
            }
            body = try RequestBody.json(bytes)
        } catch {
            return Self.error(.unprocessableContent, code: "INVALID_REQUEST_BODY", message: error.message)
        }
        let checkout: DodoCheckoutRequest
        do throws(RequestValidationError) {
            checkout = try DodoCheckoutRequest(body: body, fault: fault)
        } catch {
            return Self.error(.unprocessableContent, code: "INVALID_REQUEST_BODY", message: error.description)
        }
        if fault == .dodoEmptyCartCrash, checkout.productCart.isEmpty {
            return Self.error(.internalServerError, code: "INTERNAL_SERVER_ERROR", message: "Something went wrong :(")
        }
        if fault == .dodoInt32Overflow, Self.cartTotalOverflowsInt32(checkout.productCart) {
            return Self.error(.internalServerError, code: "INTERNAL_SERVER_ERROR", message: "Something went wrong :(")
        }
        let id = "cks_" + RandomIdentifier.alphanumeric(24)
        let sessionID: JSONValue = fault == .dodoSessionIdNumber ? .int(UInt32.random(in: 1...UInt32.max)) : .string(id)
        return .json(
            .ok,
            .object(
                JSONObject([
                    ("session_id", sessionID),
                    ("checkout_url", .string("https://test.checkout.dodopayments.com/session/\(id)")),
                ])))
    }

    /// The planted bug: a cart total summed in `Int32`, as a careless port from a 32-bit model would.
    private static func cartTotalOverflowsInt32(_ cart: [DodoCheckoutRequest.ProductItem]) -> Bool {
        var total: Int32 = 0
        for item in cart {
            let (line, lineOverflow) = (item.amount ?? 0).multipliedReportingOverflow(by: item.quantity)
            let (sum, sumOverflow) = total.addingReportingOverflow(line)
            if lineOverflow || sumOverflow { return true }
            total = sum
        }
        return false
    }
}
