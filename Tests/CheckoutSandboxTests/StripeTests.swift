import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

@Suite("Stripe POST /checkout")
struct StripeTests {
    @Test("a valid cart gets the seed's session with cents, shipping options and URLs")
    func createsSession() async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkout", body: Bodies.stripe)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let json = try response.json
            let id = try #require(json["id"]?.stringValue)
            #expect(id.hasPrefix("cs_test_") && id.count == 32)
            #expect(id.dropFirst(8).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            let expected = #"""
                {"id":"ID","object":"checkout.session","payment_method_types":["card"],"shipping_address_collection":{"allowed_countries":["US","CA"]},"shipping_options":[{"shipping_rate_data":{"type":"fixed_amount","fixed_amount":{"amount":0,"currency":"usd"},"display_name":"Free shipping","delivery_estimate":{"minimum":{"unit":"business_day","value":5},"maximum":{"unit":"business_day","value":7}}}},{"shipping_rate_data":{"type":"fixed_amount","fixed_amount":{"amount":1500,"currency":"usd"},"display_name":"Next day air","delivery_estimate":{"minimum":{"unit":"business_day","value":1},"maximum":{"unit":"business_day","value":1}}}}],"line_items":[{"price_data":{"currency":"usd","product_data":{"name":"Product 1","images":["https://example.com/product1.jpg"]},"unit_amount":1000},"quantity":2}],"mode":"payment","success_url":"http://localhost:4242/success.html","cancel_url":"http://localhost:4242/cancel.html"}
                """#
            #expect(response.text.replacingOccurrences(of: id, with: "ID") == expected)
        }
    }

    @Test("dollars become cents exactly", arguments: [
        ("19.99", "1999"), ("0.07", "7"), ("10", "1000"), ("0", "0"), ("999999.99", "99999999"), ("1.005", "101"),
        ("2.5e1", "2500"), ("1.1125369292536007e-308", "0"), ("0.005", "1"), ("0.0049999", "0"), ("9.9999999e5", "99999999"),
    ])
    func centsAreExact(price: String, cents: String) async throws {
        try await withSandbox { client in
            let body = #"{"items":[{"name":"A","product":"https://e.com/a","price":\#(price),"quantity":1}]}"#
            let response = try await client.send(.post, "/checkout", body: body)
            #expect(try response.json["line_items"]?[0]?["price_data"]?["unit_amount"] == .number(JSONNumber(text: cents)))
        }
    }

    @Test("invalid carts are refused with 400 and Stripe's error shape", arguments: [
        (#"{}"#, "/items: is required"),
        (#"{"items":[]}"#, "/items: must contain at least 1 items"),
        (#"{"items":[{"product":"https://e.com/a","price":1,"quantity":1}]}"#, "/items/0/name: is required"),
        (#"{"items":[{"name":"A","product":"not a uri","price":1,"quantity":1}]}"#, "/items/0/product: must be an absolute URI"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":-0.01,"quantity":1}]}"#, "/items/0/price: must be at least 0"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1000000,"quantity":1}]}"#, "/items/0/price: must be at most 999999.99"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1e400,"quantity":1}]}"#, "/items/0/price: must be at most 999999.99"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":-1e-400,"quantity":1}]}"#, "/items/0/price: must be at least 0"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":"1","quantity":1}]}"#, "/items/0/price: must be a number"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1,"quantity":0}]}"#, "/items/0/quantity: must be at least 1"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1,"quantity":1.5}]}"#, "/items/0/quantity: must be an integer"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1,"quantity":2147483648}]}"#, "/items/0/quantity: must be an int32"),
        (#"{"items":[{"name":"A","product":"https://e.com/a","price":1}]}"#, "/items/0/quantity: is required"),
        (#"[]"#, "body: must be an object"),
        (#"{"items":"#, "malformed JSON at byte 9: unexpected end of input"),
        (#"{"items":[],"items":[]}"#, #"malformed JSON at byte 19: duplicate member \"items\""#),
    ])
    func refusesInvalid(body: String, message: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkout", body: body)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/json")
            #expect(response.text == #"{"error":{"message":"\#(message)","type":"invalid_request_error"}}"#)
        }
    }

    @Test("int32 quantity bound is inclusive")
    func largestQuantity() async throws {
        try await withSandbox { client in
            let body = #"{"items":[{"name":"A","product":"https://e.com/a","price":1,"quantity":2147483647}]}"#
            let response = try await client.send(.post, "/checkout", body: body)
            #expect(response.status == .ok)
        }
    }

    @Test("other methods get 405 with Allow; unknown paths a JSON 404")
    func routing() async throws {
        try await withSandbox { client in
            let wrongMethod = try await client.send(.get, "/checkout")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "POST")
            #expect(wrongMethod.text == #"{"error":"Method Not Allowed","message":"GET is not allowed on /checkout"}"#)
            let unknown = try await client.send(.get, "/nowhere")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "application/json")
            #expect(unknown.text == #"{"error":"Not Found","message":"No route for GET /nowhere"}"#)
        }
    }
}
