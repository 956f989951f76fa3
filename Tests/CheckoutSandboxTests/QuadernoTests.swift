import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

@Suite("Quaderno checkout sessions under /api")
struct QuadernoTests {
    @Test("createCheckoutSession answers 201, a Location header and a pending session")
    func creates() async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno)
            #expect(response.status == .created)
            #expect(response.headers[.location] == "/api/checkout/sessions/4.json")
            #expect(response.headers[.contentType] == "application/json")
            let json = try response.json
            let permalink = try #require(json["permalink"]?.stringValue)
            #expect(permalink.hasPrefix("https://ACCOUNT_NAME.quadernoapp.com/checkout/session/"))
            let expected = #"""
                {"id":4,"status":"pending","billing_details_collection":"required","cancel_url":null,"coupon_collection":false,"locale":"auto","payment_methods":["card"],"success_url":"http://success.com","custom":{},"items":[{"product":"prod_1","amount":999.0,"name":"Item","description":null,"currency":"EUR","quantity":1}],"customer":{"billing_city":null,"billing_country":null,"billing_postal_code":null,"billing_street_line_1":null,"billing_street_line_2":null,"business_number":null,"company":null,"email":null,"first_name":null,"last_name":null,"tax_id":null},"permalink":"PERMALINK","processor":null,"processor_id":null}
                """#
            #expect(response.text.replacingOccurrences(of: permalink, with: "PERMALINK") == expected)
            let read = try await client.send(.get, "/api/checkout/sessions/4.json", auth: .basic)
            #expect(read.status == .ok)
            #expect(read.text == response.text)
        }
    }

    @Test("the list is newest first and filters by status")
    func lists() async throws {
        try await withSandbox { client in
            _ = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno)
            let all = try await client.send(.get, "/api/checkout/sessions.json", auth: .basic)
            #expect(all.status == .ok)
            let ids = try (0..<4).map { try all.json[$0]?["id"] }
            #expect(ids == [.int(4), .int(3), .int(2), .int(1)])
            let completed = try await client.send(.get, "/api/checkout/sessions.json?status=completed", auth: .basic)
            #expect(try completed.json.count == 1)
            #expect(try completed.json[0]?["id"] == .int(1))
            let processing = try await client.send(.get, "/api/checkout/sessions.json?status=processing", auth: .basic)
            #expect(processing.text == "[]")
        }
    }

    @Test("an unknown status filter is 422")
    func invalidStatus() async throws {
        try await withSandbox { client in
            let response = try await client.send(.get, "/api/checkout/sessions.json?status=paid", auth: .basic)
            #expect(response.status == .unprocessableContent)
            #expect(response.text == #"{"error":"status: \"paid\" is not an allowed value"}"#)
        }
    }

    @Test("updateCheckoutSession changes only the members sent, on pending sessions")
    func updatesPending() async throws {
        try await withSandbox { client in
            _ = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: Bodies.quaderno)
            let body = #"{"locale":"no","cancel_url":"http://back.com","customer":{"email":"a@b.c"}}"#
            let response = try await client.send(.put, "/api/checkout/sessions/4.json", auth: .basic, body: body)
            #expect(response.status == .ok)
            let json = try response.json
            #expect(json["locale"] == .string("no"))
            #expect(json["cancel_url"] == .string("http://back.com"))
            #expect(json["customer"]?["email"] == .string("a@b.c"))
            #expect(json["success_url"] == .string("http://success.com"))
            #expect(json["status"] == .string("pending"))
        }
    }

    @Test("sessions that are not pending cannot be updated", arguments: [(1, "completed"), (2, "failed"), (3, "abandoned")])
    func refusesNonPending(id: Int, status: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.put, "/api/checkout/sessions/\(id).json", auth: .basic, body: #"{"locale":"es"}"#)
            #expect(response.status == .unprocessableContent)
            #expect(response.text == #"{"error":"Only pending sessions can be updated; session \#(id) is \#(status)"}"#)
            let read = try await client.send(.get, "/api/checkout/sessions/\(id).json", auth: .basic)
            #expect(try read.json["status"] == .string(status))
        }
    }

    @Test("401 with a WWW-Authenticate challenge without the API key", arguments: [TestAuth.none, .wrongBasic, .bearer])
    func unauthorized(auth: TestAuth) async throws {
        try await withSandbox { client in
            let responses = [
                try await client.send(.get, "/api/checkout/sessions.json", auth: auth),
                try await client.send(.post, "/api/checkout/sessions.json", auth: auth, body: Bodies.quaderno),
                try await client.send(.get, "/api/checkout/sessions/1.json", auth: auth),
                try await client.send(.put, "/api/checkout/sessions/1.json", auth: auth, body: "{}"),
            ]
            for response in responses {
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == #"Basic realm="Quaderno API""#)
                #expect(response.text == #"{"error":"Invalid API key: use it as the user name and x as the password"}"#)
            }
        }
    }

    @Test("unknown and malformed ids are 404", arguments: ["99.json", "abc.json", "0.json", "-1.json"])
    func notFound(segment: String) async throws {
        try await withSandbox { client in
            for method in [HTTPRequest.Method.get, .put] {
                let response = try await client.send(method, "/api/checkout/sessions/\(segment)", auth: .basic, body: "{}")
                #expect(response.status == .notFound)
                #expect(response.text == #"{"error":"Checkout session not found"}"#)
            }
        }
    }

    @Test("invalid bodies get 422, malformed JSON 400", arguments: [
        (#"{"items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, "/success_url: is required"),
        (#"{"success_url":"s"}"#, 422, "/items: is required"),
        (#"{"success_url":"s","items":[]}"#, 422, "/items: must contain at least 1 items"),
        (#"{"success_url":"s","items":[{"product":"p","amount":-1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, "/items/0/amount: must be at least 0"),
        (#"{"success_url":"s","items":[{"product":"p","amount":1,"name":"n","currency":"eur","quantity":1}]}"#, 422, "/items/0/currency: must match ^[A-Z]{3}$"),
        (#"{"success_url":"s","items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":0}]}"#, 422, "/items/0/quantity: must be at least 1"),
        (#"{"success_url":"s","items":[{"product":"p","amount":1,"name":"n","currency":"EUR"}]}"#, 422, "/items/0/quantity: is required"),
        (#"{"success_url":null,"items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, "/success_url: must be a string"),
        (#"{"success_url":"s","locale":"pt","items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, #"/locale: \"pt\" is not an allowed value"#),
        (#"{"success_url":"s","payment_methods":["card","card"],"items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, "/payment_methods/1: duplicates an earlier item"),
        (#"{"success_url":"s","payment_methods":["bitcoin"],"items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, #"/payment_methods/0: \"bitcoin\" is not an allowed value"#),
        (#"{"success_url":"s","billing_details_collection":"never","items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, #"/billing_details_collection: \"never\" is not an allowed value"#),
        (#"{"success_url":"s","customer":{"email":5},"items":[{"product":"p","amount":1,"name":"n","currency":"EUR","quantity":1}]}"#, 422, "/customer/email: must be a string"),
        (#"{"success_url":"#, 400, "malformed JSON at byte 15: unexpected end of input"),
    ])
    func refusesInvalid(body: String, status: Int, message: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/api/checkout/sessions.json", auth: .basic, body: body)
            #expect(response.status.code == status)
            #expect(response.text == #"{"error":"\#(message)"}"#)
        }
    }
}
