import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

@Suite("Gr4vy checkout sessions")
struct Gr4vyTests {
    @Test("newCheckoutSession answers 201 with the session, expiring one hour later")
    func creates() async throws {
        try await withSandbox { client in
            let before = Date()
            let response = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: Bodies.gr4vy)
            let after = Date()
            #expect(response.status == .created)
            #expect(response.headers[.contentType] == "application/json")
            let json = try response.json
            let id = try #require(json["id"]?.stringValue)
            #expect(UUID(uuidString: id) != nil && id == id.lowercased())
            #expect(json["type"] == .string("checkout-session"))
            let expiresAt = try #require(json["expires_at"]?.stringValue)
            #expect(expiresAt.hasSuffix("+00:00"))
            let expiry = try #require(ISO8601DateFormatter().date(from: expiresAt))
            // Between one hour after the request left and one hour after the answer came
            // (whole seconds on the wire), however slow the machine is.
            #expect(expiry >= before.addingTimeInterval(3599) && expiry <= after.addingTimeInterval(3601))
            #expect(json["payment_method"] == .null)
            #expect(json["metadata"] == .object(JSONObject([("key", .string("value"))])))
            let item = try #require(json["cart_items"]?[0])
            #expect(item["unit_amount"] == .int(37999))
            #expect(item["product_type"] == .string("physical"))
        }
    }

    @Test("an empty body object and null members are valid")
    func createsMinimal() async throws {
        try await withSandbox { client in
            for body in ["{}", #"{"cart_items":null,"metadata":null}"#] {
                let response = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: body)
                #expect(response.status == .created)
                #expect(try response.json["cart_items"] == .null)
            }
        }
    }

    @Test("get, update fields, delete: the session's lifecycle")
    func lifecycle() async throws {
        try await withSandbox { client in
            let id = try await createGr4vySession(client)
            let read = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
            #expect(read.status == .ok)
            #expect(try read.json["id"] == .string(id))
            let update = try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: Bodies.gr4vyCard)
            #expect(update.status == .noContent)
            #expect(update.body.readableBytes == 0)
            let updated = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
            let paymentMethod = try #require(try updated.json["payment_method"])
            #expect(
                paymentMethod.encoded == Array(#"{"type":"payment-method","id":null,"method":"card","scheme":"visa","label":"1111","details":{"bin":"411111","card_type":"credit","card_country":"US"},"fingerprint":null}"#.utf8))
            let delete = try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer)
            #expect(delete.status == .noContent)
            let gone = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
            #expect(gone.status == .notFound)
            let deleteAgain = try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer)
            #expect(deleteAgain.status == .notFound)
        }
    }

    @Test("other payment methods: click-to-pay and a stored id")
    func otherPaymentMethods() async throws {
        try await withSandbox { client in
            let id = try await createGr4vySession(client)
            let clickToPay = #"{"payment_method":{"method":"click-to-pay","merchant_transaction_id":"m","src_correlation_id":"c","src_dpa_id":"d","src_cx_flow_id":null}}"#
            #expect(try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: clickToPay).status == .noContent)
            let stored = #"{"payment_method":{"method":"id","id":"ef9496d8-53a5-4aad-8ca2-00eb68334389"},"postal_code":"12345"}"#
            #expect(try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: stored).status == .noContent)
            let read = try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer)
            #expect(try read.json["payment_method"]?["id"] == .string("ef9496d8-53a5-4aad-8ca2-00eb68334389"))
        }
    }

    @Test("every operation answers 401 without the bearer token", arguments: [TestAuth.none, .wrongBearer, .basic])
    func unauthorized(auth: TestAuth) async throws {
        try await withSandbox { client in
            let id = try await createGr4vySession(client)
            let responses = [
                try await client.send(.post, "/checkout/sessions", auth: auth, body: Bodies.gr4vy),
                try await client.send(.get, "/checkout/sessions/\(id)", auth: auth),
                try await client.send(.delete, "/checkout/sessions/\(id)", auth: auth),
                try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: auth, body: Bodies.gr4vyCard),
            ]
            for response in responses {
                #expect(response.status == .unauthorized)
                #expect(response.text == #"{"type":"error","code":"unauthorized","status":401,"message":"No valid API authentication found","details":[]}"#)
            }
        }
    }

    @Test("unknown and malformed ids are 404", arguments: ["8724fd24-5489-4a5d-90fd-0604df7d3b83", "not-a-uuid"])
    func notFound(id: String) async throws {
        try await withSandbox { client in
            let responses = [
                try await client.send(.get, "/checkout/sessions/\(id)", auth: .bearer),
                try await client.send(.delete, "/checkout/sessions/\(id)", auth: .bearer),
                try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: Bodies.gr4vyCard),
            ]
            for response in responses {
                #expect(response.status == .notFound)
                #expect(response.text == #"{"type":"error","code":"not_found","status":404,"message":"The resource could not be found","details":[]}"#)
            }
        }
    }

    @Test("invalid cart items are refused with 400 and a detail pointer", arguments: [
        (#"{"cart_items":[{"quantity":1,"unit_amount":1}]}"#, "/cart_items/0/name", "is required"),
        (#"{"cart_items":[{"name":"","quantity":1,"unit_amount":1}]}"#, "/cart_items/0/name", "must be at least 1 characters long"),
        (#"{"cart_items":[{"name":"\#(String(repeating: "é", count: 256))","quantity":1,"unit_amount":1}]}"#, "/cart_items/0/name", "must be at most 255 characters long"),
        (#"{"cart_items":[{"name":"a","quantity":0,"unit_amount":1}]}"#, "/cart_items/0/quantity", "must be at least 1"),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":2147483648}]}"#, "/cart_items/0/unit_amount", "must be an int32"),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":-1}]}"#, "/cart_items/0/unit_amount", "must be at least 0"),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":1,"tax_amount":"1"}]}"#, "/cart_items/0/tax_amount", "must be an integer"),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":1,"product_type":"service"}]}"#, "/cart_items/0/product_type", #"\"service\" is not an allowed value"#),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":1,"image_url":"nope"}]}"#, "/cart_items/0/image_url", "must be an absolute URI"),
        (#"{"cart_items":[{"name":"a","quantity":1,"unit_amount":1,"categories":[""]}]}"#, "/cart_items/0/categories/0", "must be at least 1 characters long"),
        (#"{"cart_items":{}}"#, "/cart_items", "must be an array"),
        (#"{"metadata":{"k":1}}"#, "/metadata/k", "must be a string"),
        (#"{"metadata":{"a/b~c":1}}"#, "/metadata/a~1b~0c", "must be a string"),
    ])
    func refusesInvalidCreate(body: String, pointer: String, message: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: body)
            #expect(response.status == .badRequest)
            #expect(response.text == #"{"type":"error","code":"bad_request","status":400,"message":"Request failed validation","details":[{"location":"body","pointer":"\#(pointer)","message":"\#(message)","type":"value_error"}]}"#)
        }
    }

    @Test("invalid secure fields are refused with 400", arguments: [
        (#"{}"#, "/payment_method", "is required"),
        (#"{"payment_method":{"method":"cash"}}"#, "/payment_method/method", #"\"cash\" is not an allowed value"#),
        (#"{"payment_method":{"method":"card","number":"4111x11111111111","expiration_date":"12/30"}}"#, "/payment_method/number", #"must match ^\\d+$"#),
        (#"{"payment_method":{"method":"card","number":"4111111111111111","expiration_date":"1230"}}"#, "/payment_method/expiration_date", "must be at least 5 characters long"),
        (#"{"payment_method":{"method":"card","number":"4111111111111111","expiration_date":"12-30"}}"#, "/payment_method/expiration_date", #"must match ^\\d{2}/\\d{2}$"#),
        (#"{"payment_method":{"method":"card","number":"4111111111111111","expiration_date":"12/30","cvv":"1"}}"#, "/payment_method/cvv", "is not an allowed property"),
        (#"{"payment_method":{"method":"id","id":"nope"}}"#, "/payment_method/id", "must be a UUID"),
        (#"{"payment_method":{"method":"click-to-pay","merchant_transaction_id":"m","src_correlation_id":"c"}}"#, "/payment_method/src_dpa_id", "is required"),
        (#"{"payment_method":{"method":"id","id":"ef9496d8-53a5-4aad-8ca2-00eb68334389"},"extra":1}"#, "/extra", "is not an allowed property"),
    ])
    func refusesInvalidFields(body: String, pointer: String, message: String) async throws {
        try await withSandbox { client in
            let id = try await createGr4vySession(client)
            let response = try await client.send(.put, "/checkout/sessions/\(id)/fields", auth: .bearer, body: body)
            #expect(response.status == .badRequest)
            #expect(response.text == #"{"type":"error","code":"bad_request","status":400,"message":"Request failed validation","details":[{"location":"body","pointer":"\#(pointer)","message":"\#(message)","type":"value_error"}]}"#)
        }
    }

    @Test("malformed JSON is a 400 without details")
    func malformed() async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: "{,}")
            #expect(response.status == .badRequest)
            #expect(response.text == #"{"type":"error","code":"bad_request","status":400,"message":"malformed JSON at byte 1: expected a member name","details":[]}"#)
        }
    }
}
