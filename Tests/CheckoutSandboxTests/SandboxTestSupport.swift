import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CheckoutSandbox

/// Which `Authorization` header a test request carries.
enum TestAuth {
    case none
    case bearer
    case wrongBearer
    case basic
    case wrongBasic

    var header: String? {
        switch self {
        case .none: nil
        case .bearer: "Bearer \(SandboxCredentials.bearerToken)"
        case .wrongBearer: "Bearer not-the-token"
        case .basic: "Basic " + Data("\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)".utf8).base64EncodedString()
        case .wrongBasic: "Basic " + Data("\(SandboxCredentials.basicUser):wrong".utf8).base64EncodedString()
        }
    }
}

/// Runs `body` against a fresh in-process sandbox (Hummingbird's router test mode: no sockets).
func withSandbox<Value: Sendable>(
    fault: Fault? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Value
) async throws -> Value {
    try await SandboxServer.makeApplication(fault: fault).test(.router, body)
}

extension TestClientProtocol {
    func send(_ method: HTTPRequest.Method, _ uri: String, auth: TestAuth = .none, body: String? = nil) async throws
        -> TestResponse
    {
        try await send(method, uri, auth: auth, bytes: body.map { Array($0.utf8) })
    }

    /// Sends `bytes` as an `application/json` body, whether or not they are JSON (or UTF-8).
    func send(_ method: HTTPRequest.Method, _ uri: String, auth: TestAuth = .none, bytes: [UInt8]?) async throws
        -> TestResponse
    {
        var headers: HTTPFields = [:]
        if let header = auth.header { headers[.authorization] = header }
        if bytes != nil { headers[.contentType] = "application/json" }
        return try await executeRequest(
            uri: uri, method: method, headers: headers, body: bytes.map { ByteBuffer(bytes: $0) })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: JSONValue {
        get throws { try JSONParser.parse(Array(body.readableBytesView)) }
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    var stringValue: String? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    var count: Int? {
        guard case .array(let elements) = self else { return nil }
        return elements.count
    }
}

/// Request bodies shared by the tests.
enum Bodies {
    static let stripe = #"{"items":[{"name":"Product 1","product":"https://example.com/product1.jpg","price":10,"quantity":2}]}"#
    static let gr4vy = #"""
        {"cart_items":[{"name":"GoPro HERO9 Camcorder","quantity":1,"unit_amount":37999,"discount_amount":0,"tax_amount":0,"external_identifier":"item-789123","sku":"sku-789123","product_url":"https://example.com/items/gopro","image_url":"https://example.com/images/items/gopro.png","categories":["camera"],"product_type":"physical"}],"metadata":{"key":"value"}}
        """#
    static let gr4vyCard = #"{"payment_method":{"method":"card","number":"4111111111111111","expiration_date":"12/30","security_code":"123"}}"#
    static let dodo = #"{"product_cart":[{"product_id":"prod_1","quantity":1,"amount":123}]}"#
    static let quaderno = #"""
        {"success_url":"http://success.com","items":[{"product":"prod_1","amount":999.0,"name":"Item","currency":"EUR","quantity":1}]}
        """#
}

/// Creates a Gr4vy session and returns its id.
func createGr4vySession(_ client: any TestClientProtocol) async throws -> String {
    let response = try await client.send(.post, "/checkout/sessions", auth: .bearer, body: Bodies.gr4vy)
    return try #require(try response.json["id"]?.stringValue)
}
