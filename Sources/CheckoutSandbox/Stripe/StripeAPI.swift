import Hummingbird

/// Stripe's sample checkout server: `POST /checkout`, stateless and unauthenticated.
struct StripeAPI: Sendable {
    let fault: Fault?

    /// Stripe's error shape, `{"error": {"message", "type"}}`.
    static func error(_ status: HTTPResponse.Status, _ message: String, type: String) -> Response {
        let error = JSONObject([("message", .string(message)), ("type", .string(type))])
        return .json(status, .object(JSONObject([("error", .object(error))])))
    }

    func createCheckoutSession(_ request: Request) async -> Response {
        let body: JSONValue
        do throws(RequestBody.Malformed) {
            body = try await RequestBody.json(request)
        } catch {
            return Self.error(.badRequest, error.message, type: "invalid_request_error")
        }
        let checkout: StripeCheckoutRequest
        do throws(RequestValidationError) {
            checkout = try StripeCheckoutRequest(body: body, fault: fault)
        } catch {
            return Self.error(.badRequest, error.description, type: "invalid_request_error")
        }
        let session = StripeCheckoutSession.json(
            id: "cs_test_" + RandomIdentifier.alphanumeric(24), request: checkout, fault: fault)
        return .json(.ok, session, contentType: fault == .stripeTextHTML ? "text/html; charset=utf-8" : "application/json")
    }
}
