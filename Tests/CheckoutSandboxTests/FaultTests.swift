import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

/// Each planted fault changes exactly the behaviour it names; the conformant server does not.
@Suite("Planted faults")
struct FaultTests {
    /// Sends the same requests to the conformant sandbox and to one with `fault`.
    private func both<Value: Sendable>(
        _ fault: Fault, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> (conformant: Value, faulty: Value) {
        (try await withSandbox(body), try await withSandbox(fault: fault, body))
    }

    @Test("stripe-unit-amount-x10: unit_amount is price*10, still schema-valid")
    func stripeUnitAmount() async throws {
        let (conformant, faulty) = try await both(.stripeUnitAmountTimesTen) { client in
            let response = try await client.send(.post, "/checkout", body: Bodies.stripe)
            return (response.status, try response.json["line_items"]?[0]?["price_data"]?["unit_amount"])
        }
        #expect(conformant == (.ok, .int(1000)))
        #expect(faulty == (.ok, .int(100)))
    }

    @Test("stripe-quantity-not-required: a missing quantity is accepted")
    func stripeQuantity() async throws {
        let (conformant, faulty) = try await both(.stripeQuantityNotRequired) { client in
            let body = #"{"items":[{"name":"A","product":"https://e.com/a","price":1}]}"#
            return try await client.send(.post, "/checkout", body: body).status
        }
        #expect(conformant == .badRequest)
        #expect(faulty == .ok)
    }

    @Test("stripe-text-html: the session is labelled text/html")
    func stripeContentType() async throws {
        let (conformant, faulty) = try await both(.stripeTextHTML) { client in
            let response = try await client.send(.post, "/checkout", body: Bodies.stripe)
            return (response.status, response.headers[.contentType])
        }
        #expect(conformant == (.ok, "application/json"))
        #expect(faulty == (.ok, "text/html; charset=utf-8"))
    }

    @Test("gr4vy-create-200: creation answers 200")
    func gr4vyCreateStatus() async throws {
        let (conformant, faulty) = try await both(.gr4vyCreateReturns200) { client in
            try await client.send(.post, "/checkout/sessions", auth: .bearer, body: Bodies.gr4vy).status
        }
        #expect(conformant == .created)
        #expect(faulty == .ok)
    }

    @Test("gr4vy-null-cart-items-500: cart_items null crashes with 500")
    func gr4vyNullCrash() async throws {
        let (conformant, faulty) = try await both(.gr4vyNullCartItemsCrash) { client in
            try await client.send(.post, "/checkout/sessions", auth: .bearer, body: #"{"cart_items":null}"#).status
        }
        #expect(conformant == .created)
        #expect(faulty == .internalServerError)
    }

    @Test("gr4vy-product-type-unchecked: an out-of-enum product_type is accepted")
    func gr4vyEnum() async throws {
        let (conformant, faulty) = try await both(.gr4vyProductTypeUnchecked) { client in
            let body = #"{"cart_items":[{"name":"a","quantity":1,"unit_amount":1,"product_type":"service"}]}"#
            return try await client.send(.post, "/checkout/sessions", auth: .bearer, body: body).status
        }
        #expect(conformant == .badRequest)
        #expect(faulty == .created)
    }

    @Test("gr4vy-expires-at-missing: the read-back session lacks expires_at")
    func gr4vyMissingProperty() async throws {
        let (conformant, faulty) = try await both(.gr4vyExpiresAtMissing) { client in
            let id = try await createGr4vySession(client)
            let response = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
            return (response.status, try response.json["expires_at"] != nil)
        }
        #expect(conformant == (.ok, true))
        #expect(faulty == (.ok, false))
    }

    @Test("gr4vy-delete-keeps-session: a deleted session is still readable")
    func gr4vyLifecycle() async throws {
        let (conformant, faulty) = try await both(.gr4vyDeleteKeepsSession) { client in
            let id = try await createGr4vySession(client)
            let delete = try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer).status
            return (delete, try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer).status)
        }
        #expect(conformant == (.noContent, .notFound))
        #expect(faulty == (.noContent, .ok))
    }

    @Test("dodo-int32-overflow: a valid large amount*quantity gives 500")
    func dodoOverflow() async throws {
        let (conformant, faulty) = try await both(.dodoInt32Overflow) { client in
            let body = #"{"product_cart":[{"product_id":"p","quantity":2,"amount":2147483647}]}"#
            let small = try await client.send(.post, "/checkouts", auth: .bearer, body: Bodies.dodo).status
            return (small, try await client.send(.post, "/checkouts", auth: .bearer, body: body).status)
        }
        #expect(conformant == (.ok, .ok))
        #expect(faulty == (.ok, .internalServerError))
    }

    @Test("dodo-null-confirm-accepted: confirm null is accepted")
    func dodoNull() async throws {
        let (conformant, faulty) = try await both(.dodoNullConfirmAccepted) { client in
            try await client.send(.post, "/checkouts", auth: .bearer, body: #"{"product_cart":[],"confirm":null}"#).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .ok)
    }

    @Test("dodo-session-id-number: session_id is a number")
    func dodoWrongType() async throws {
        let (conformant, faulty) = try await both(.dodoSessionIdNumber) { client in
            let json = try await client.send(.post, "/checkouts", auth: .bearer, body: Bodies.dodo).json
            if case .number = json["session_id"] { return "number" }
            return json["session_id"]?.stringValue == nil ? "other" : "string"
        }
        #expect(conformant == "string")
        #expect(faulty == "number")
    }

    @Test("dodo-no-auth: requests without credentials are served")
    func dodoAuth() async throws {
        let (conformant, faulty) = try await both(.dodoNoAuth) { client in
            try await client.send(.post, "/checkouts", body: Bodies.dodo).status
        }
        #expect(conformant == .unauthorized)
        #expect(faulty == .ok)
    }

    @Test("quaderno-locale-no-rejected: locale 'no' is refused on create")
    func quadernoNorway() async throws {
        let (conformant, faulty) = try await both(.quadernoLocaleNoRejected) { client in
            let body = #"{"success_url":"s","locale":"no","items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#
            return try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: body).status
        }
        #expect(conformant == .created)
        #expect(faulty == .unprocessableContent)
    }

    @Test("quaderno-missing-location: 201 without Location")
    func quadernoHeader() async throws {
        let (conformant, faulty) = try await both(.quadernoMissingLocation) { client in
            let response = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno)
            return (response.status, response.headers[.location])
        }
        #expect(conformant == (.created, "/api/checkout/sessions/4.json"))
        #expect(faulty == (.created, nil))
    }

    @Test("quaderno-invalid-status-400: an unknown status filter gets the undocumented 400")
    func quadernoStatus() async throws {
        let (conformant, faulty) = try await both(.quadernoInvalidStatus400) { client in
            try await client.send(.get, "/api/checkout/sessions.json?status=paid", auth: .basic).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .badRequest)
    }

    @Test("quaderno-updates-any-status: a completed session is updated")
    func quadernoLifecycle() async throws {
        let (conformant, faulty) = try await both(.quadernoUpdatesAnyStatus) { client in
            try await client.send(.put, "/api/checkout/sessions/1.json", auth: .basic, body: #"{"locale":"es"}"#).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .ok)
    }

    @Test("gr4vy-read-existing-without-auth: an existing session is read without credentials")
    func gr4vyReadSkipsAuth() async throws {
        let (conformant, faulty) = try await both(.gr4vyReadSkipsAuthForExisting) { client in
            let id = try await createGr4vySession(client)
            let existing = try await client.send(.get, "/checkout/sessions/\(id)").status
            return (existing, try await client.send(.get, "/checkout/sessions/00000000-0000-0000-0000-000000000000").status)
        }
        #expect(conformant == (.unauthorized, .unauthorized))
        #expect(faulty == (.ok, .notFound))
    }

    @Test("quaderno-403-not-401: missing credentials are answered 403")
    func quadernoForbidden() async throws {
        let (conformant, faulty) = try await both(.quadernoForbiddenNot401) { client in
            try await client.send(.get, "/api/checkout/sessions.json").status
        }
        #expect(conformant == .unauthorized)
        #expect(faulty == .forbidden)
    }

    @Test("dodo-any-bearer-token: a wrong bearer token is accepted, a missing one is not")
    func dodoAnyToken() async throws {
        let (conformant, faulty) = try await both(.dodoAnyBearerToken) { client in
            let wrong = try await client.send(.post, "/checkouts", auth: .wrongBearer, body: Bodies.dodo).status
            return (wrong, try await client.send(.post, "/checkouts", body: Bodies.dodo).status)
        }
        #expect(conformant == (.unauthorized, .unauthorized))
        #expect(faulty == (.ok, .unauthorized))
    }

    @Test("quaderno-update-corrupts-read: a session read after an update has a string id")
    func quadernoCorruptRead() async throws {
        let (conformant, faulty) = try await both(.quadernoUpdateCorruptsRead) { client in
            let created = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno)
            guard case .number(let id) = try created.json["id"] else { return ["no id"] }
            let path = "/api/checkout/sessions/\(id.text).json"
            let before = try await client.send(.get, path, auth: .basic).json["id"]
            let update = try await client.send(.put, path, auth: .basic, body: #"{"locale":"es"}"#)
            let after = try await client.send(.get, path, auth: .basic).json["id"]
            return [before, try update.json["id"], after].map { value -> String in
                switch value {
                case .number(let number): return "number " + number.text
                case .string(let text): return "string " + text
                default: return "other"
                }
            }
        }
        #expect(conformant == ["number 4", "number 4", "number 4"])
        #expect(faulty == ["number 4", "number 4", "string 4"])
    }

    @Test("gr4vy-delete-deleted-204: deleting a deleted session answers 204 again")
    func gr4vyDeleteTwice() async throws {
        let (conformant, faulty) = try await both(.gr4vyDeleteAnswersDeleted) { client in
            let id = try await createGr4vySession(client)
            let first = try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer).status
            return (first, try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer).status)
        }
        #expect(conformant == (.noContent, .notFound))
        #expect(faulty == (.noContent, .noContent))
    }

    @Test("dodo-quantity-string-coerced: a quantity \"2\" is taken for 2")
    func dodoQuantityCoerced() async throws {
        let (conformant, faulty) = try await both(.dodoQuantityStringCoerced) { client in
            let body = #"{"product_cart":[{"product_id":"prod_1","quantity":"2"}]}"#
            return try await client.send(.post, "/checkouts", auth: .bearer, body: body).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .ok)
    }

    @Test("dodo-unique-items-ignored: a repeated payment method type is accepted")
    func dodoUniqueItems() async throws {
        let (conformant, faulty) = try await both(.dodoUniqueItemsIgnored) { client in
            let body = #"{"allowed_payment_method_types":["credit","credit"],"product_cart":[]}"#
            return try await client.send(.post, "/checkouts", auth: .bearer, body: body).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .ok)
    }

    @Test("dodo-empty-cart-500: an empty product_cart crashes with 500")
    func dodoEmptyCart() async throws {
        let (conformant, faulty) = try await both(.dodoEmptyCartCrash) { client in
            try await client.send(.post, "/checkouts", auth: .bearer, body: #"{"product_cart":[]}"#).status
        }
        #expect(conformant == .ok)
        #expect(faulty == .internalServerError)
    }

    @Test("dodo-customer-both-shapes: a customer of both oneOf shapes is accepted")
    func dodoCustomerBothShapes() async throws {
        let (conformant, faulty) = try await both(.dodoCustomerBothShapes) { client in
            let body = #"{"customer":{"customer_id":"c","email":"a@b.c","name":"A"},"product_cart":[]}"#
            return try await client.send(.post, "/checkouts", auth: .bearer, body: body).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .ok)
    }

    @Test("gr4vy-click-to-pay-500: a click-to-pay payment method crashes the fields update")
    func gr4vyClickToPay() async throws {
        let (conformant, faulty) = try await both(.gr4vyClickToPayCrash) { client in
            let id = try await createGr4vySession(client)
            let clickToPay = #"{"payment_method":{"method":"click-to-pay","merchant_transaction_id":"m","src_correlation_id":"c","src_dpa_id":"d"}}"#
            let path = "/checkout/sessions/\(id)/fields"
            return [
                try await client.send(.put, path, auth: .bearer, body: clickToPay).status,
                try await client.send(.put, path, auth: .bearer, body: Bodies.gr4vyCard).status,
            ]
        }
        #expect(conformant == [.noContent, .noContent])
        #expect(faulty == [.internalServerError, .noContent])
    }

    /// One valid request per operation, observed as status, content type, Location and top-level keys.
    private static func observeEveryOperation(_ client: any TestClientProtocol) async throws -> [String: String] {
        func observe(_ response: TestResponse) throws -> String {
            var keys = ""
            if response.body.readableBytes > 0, case .object(let object) = try response.json {
                keys = object.keys.joined(separator: ",")
            }
            let contentType = response.headers[.contentType] ?? "-"
            return "\(response.status.code) \(contentType) location:\(response.headers[.location] ?? "-") \(keys)"
        }
        var seen: [String: String] = [:]
        seen["stripe-checkout createCheckoutSession"] = try observe(await client.send(.post, "/checkout", body: Bodies.stripe))
        let created = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: Bodies.gr4vy)
        seen["gr4vy-checkout-sessions newCheckoutSession"] = try observe(created)
        let id = try #require(try created.json["id"]?.stringValue)
        seen["gr4vy-checkout-sessions getCheckoutSession"] = try observe(
            await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer))
        seen["gr4vy-checkout-sessions updateCheckoutSessionFields"] = try observe(
            await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: Bodies.gr4vyCard))
        let deleted = try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer)
        let afterDelete = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
        seen["gr4vy-checkout-sessions deleteCheckoutSession"] = try observe(deleted) + " then " + observe(afterDelete)
        seen["dodo-checkouts createCheckoutSession"] = try observe(
            await client.send(.post, "/checkouts", auth: .bearer, body: Bodies.dodo))
        seen["quaderno-checkout-sessions listCheckoutSessions"] = try observe(
            await client.send(.get, "/api/checkout/sessions.json?status=pending", auth: .basic))
        seen["quaderno-checkout-sessions createCheckoutSession"] = try observe(
            await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno))
        seen["quaderno-checkout-sessions retrieveCheckoutSession"] = try observe(
            await client.send(.get, "/api/checkout/sessions/1.json", auth: .basic))
        seen["quaderno-checkout-sessions updateCheckoutSession"] = try observe(
            await client.send(.put, "/api/checkout/sessions/4.json", auth: .basic, body: #"{"locale":"es"}"#))
        return seen
    }

    @Test("dodo-invalid-utf8-500: a body that is not UTF-8 crashes with 500")
    func dodoInvalidUTF8() async throws {
        let (conformant, faulty) = try await both(.dodoInvalidUTF8Crash) { client in
            let bytes = Array(#"{"product_cart":[{"product_id":"prod_"#.utf8) + [0xFF] + Array(#"","quantity":1}]}"#.utf8)
            return try await client.send(.post, "/checkouts", auth: .bearer, bytes: bytes).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .internalServerError)
    }

    @Test("quaderno-truncated-json-500: a body cut short is answered 500")
    func quadernoTruncated() async throws {
        let (conformant, faulty) = try await both(.quadernoTruncatedJSON500) { client in
            let body = String(Bodies.quaderno.dropLast())
            return try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: body).status
        }
        #expect(conformant == .badRequest)
        #expect(faulty == .internalServerError)
    }

    @Test("quaderno-status-header-newline-500: a newline in the status filter crashes with 500")
    func quadernoStatusNewline() async throws {
        let (conformant, faulty) = try await both(.quadernoStatusHeaderNewline) { client in
            try await client.send(.get, "/api/checkout/sessions.json?status=pending%0A", auth: .basic).status
        }
        #expect(conformant == .unprocessableContent)
        #expect(faulty == .internalServerError)
    }

    @Test("gr4vy-trailing-comma-accepted: a trailing comma is accepted")
    func gr4vyTrailingComma() async throws {
        let (conformant, faulty) = try await both(.gr4vyTrailingCommaAccepted) { client in
            let body = String(Bodies.gr4vy.dropLast()) + ",}"
            return try await client.send(.post, "/checkout/sessions", auth: .bearer, body: body).status
        }
        #expect(conformant == .badRequest)
        #expect(faulty == .created)
    }

    @Test("a fault leaves every other operation's valid behaviour unchanged", arguments: Fault.allCases)
    func confined(fault: Fault) async throws {
        let conformant = try await withSandbox(Self.observeEveryOperation)
        let faulty = try await withSandbox(fault: fault, Self.observeEveryOperation)
        #expect(conformant.count == 10)
        for (operation, observed) in conformant where operation != "\(fault.api) \(fault.operation)" {
            #expect(faulty[operation] == observed, "\(operation)")
        }
    }

    @Test("faults have unique names and cover every check kind")
    func catalogue() {
        #expect(Set(Fault.allCases.map(\.name)).count == Fault.allCases.count)
        #expect(
            Set(Fault.allCases.map(\.check)) == [
                "server_error", "status_code", "content_type", "response_schema", "response_headers",
                "negative_rejected", "positive_accepted", "auth_enforced", "resource_lifecycle", "golden",
            ])
        #expect(Fault(rawValue: "dodo-int32-overflow") == .dodoInt32Overflow)
    }
}
