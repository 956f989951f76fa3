import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

@Suite("Dodo POST /checkouts")
struct DodoTests {
    /// The seed's full example request, with its placeholders filled in.
    static let fullRequest = #"""
        {"allowed_payment_method_types":["credit","debit"],"billing_address":{"country":"NO","city":null,"state":"Oslo","street":null,"zipcode":"0150"},"billing_currency":"NOK","confirm":true,"customer":{"name":"Ada","email":"ada@example.com","phone_number":null},"customization":{"show_on_demand_tag":true,"show_order_details":true,"theme":"dark"},"discount_code":null,"feature_flags":{"allow_currency_selection":true,"allow_discount_code":true,"allow_phone_number_collection":true,"allow_tax_id":true,"always_create_new_customer":true},"metadata":{"order":"42"},"product_cart":[{"addons":[{"addon_id":"a","quantity":0}],"amount":123,"product_id":"prod_1","quantity":1}],"return_url":"https://example.com/return","show_saved_payment_methods":true,"subscription_data":{"on_demand":{"mandate_only":true,"adaptive_currency_fees_inclusive":null,"product_currency":"USD","product_description":null,"product_price":2147483647},"trial_period_days":null}}
        """#

    @Test("a valid request gets 200 with session_id and checkout_url", arguments: [Bodies.dodo, fullRequest, #"{"product_cart":[]}"#])
    func creates(body: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkouts", auth: .bearer, body: body)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let json = try response.json
            let id = try #require(json["session_id"]?.stringValue)
            #expect(id.hasPrefix("cks_") && id.count == 28)
            #expect(json["checkout_url"] == .string("https://test.checkout.dodopayments.com/session/\(id)"))
        }
    }

    @Test("large valid amounts and quantities are fine (no 32-bit arithmetic)")
    func largeAmounts() async throws {
        try await withSandbox { client in
            let body = #"{"product_cart":[{"product_id":"p","quantity":2147483647,"amount":2147483647},{"product_id":"q","quantity":2147483647,"amount":2147483647}]}"#
            let response = try await client.send(.post, "/checkouts", auth: .bearer, body: body)
            #expect(response.status == .ok)
        }
    }

    @Test("401 without the bearer token", arguments: [TestAuth.none, .wrongBearer])
    func unauthorized(auth: TestAuth) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkouts", auth: auth, body: Bodies.dodo)
            #expect(response.status == .unauthorized)
            #expect(response.text == #"{"code":"UNAUTHORIZED","message":"Missing or invalid bearer token"}"#)
        }
    }

    @Test("invalid requests get 422", arguments: [
        (#"{}"#, "/product_cart: is required"),
        (#"{"product_cart":null}"#, "/product_cart: must be an array"),
        (#"{"product_cart":[{"quantity":1}]}"#, "/product_cart/0/product_id: is required"),
        (#"{"product_cart":[{"product_id":"p","quantity":-1}]}"#, "/product_cart/0/quantity: must be at least 0"),
        (#"{"product_cart":[{"product_id":"p","quantity":1,"amount":2147483648}]}"#, "/product_cart/0/amount: must be an int32"),
        (#"{"product_cart":[{"product_id":"p","quantity":1,"amount":-2147483649}]}"#, "/product_cart/0/amount: must be an int32"),
        (#"{"product_cart":[{"product_id":"p","quantity":1,"addons":[{"addon_id":"a"}]}]}"#, "/product_cart/0/addons/0/quantity: is required"),
        (#"{"product_cart":[],"confirm":null}"#, "/confirm: must be a boolean"),
        (#"{"product_cart":[],"show_saved_payment_methods":"yes"}"#, "/show_saved_payment_methods: must be a boolean"),
        (#"{"product_cart":[],"allowed_payment_method_types":["credit","credit"]}"#, "/allowed_payment_method_types/1: duplicates an earlier item"),
        (#"{"product_cart":[],"allowed_payment_method_types":["cash"]}"#, #"/allowed_payment_method_types/0: \"cash\" is not an allowed value"#),
        (#"{"product_cart":[],"billing_address":{"city":"Oslo"}}"#, "/billing_address/country: is required"),
        (#"{"product_cart":[],"billing_address":{"country":"XX"}}"#, #"/billing_address/country: \"XX\" is not an allowed value"#),
        (#"{"product_cart":[],"billing_currency":"usd"}"#, #"/billing_currency: \"usd\" is not an allowed value"#),
        (#"{"product_cart":[],"customization":null}"#, "/customization: must be an object"),
        (#"{"product_cart":[],"customization":{"theme":"blue"}}"#, #"/customization/theme: \"blue\" is not an allowed value"#),
        (#"{"product_cart":[],"customer":{"customer_id":"c","name":"n","email":"e"}}"#, "/customer: must match exactly one of AttachExistingCustomer, NewCustomer, but matches both"),
        (#"{"product_cart":[],"customer":{"name":"n"}}"#, "/customer: must match exactly one of AttachExistingCustomer, NewCustomer, but matches neither"),
        (#"{"product_cart":[],"metadata":{"a":null}}"#, "/metadata/a: must be a string"),
        (#"{"product_cart":[],"subscription_data":{"on_demand":{}}}"#, "/subscription_data/on_demand/mandate_only: is required"),
        (#"{"product_cart":[],"subscription_data":{"trial_period_days":1.5}}"#, "/subscription_data/trial_period_days: must be an integer"),
        (#"{"product_cart":[]"#, "malformed JSON at byte 18: expected ',' or '}'"),
    ])
    func refusesInvalid(body: String, message: String) async throws {
        try await withSandbox { client in
            let response = try await client.send(.post, "/checkouts", auth: .bearer, body: body)
            #expect(response.status == .unprocessableContent)
            #expect(response.text == #"{"code":"INVALID_REQUEST_BODY","message":"\#(message)"}"#)
        }
    }

    @Test("'NO' is a country and every enum value of the spec is accepted")
    func norwayIsACountry() async throws {
        #expect(DodoEnums.countryCodes.count == 249)
        #expect(DodoEnums.currencies.count == 145)
        #expect(DodoEnums.paymentMethodTypes.count == 18)
        #expect(DodoEnums.countryCodes.contains("NO"))
    }
}
