import ConformCore
import Testing

@testable import ConformRunner

/// An `Authorization` `--header` serves the `http` scheme its scheme word names, as the
/// `--bearer-env` and `--basic-env` credentials do.
@Suite("Credentials")
struct CredentialsTests {
    let document = try! TestSupport.document()

    func applied(_ credentials: Credentials, _ operationID: String, mode: Credentials.Mode = .given) throws -> Credentials.Applied {
        let operation = try #require(document.operation(withID: operationID))
        return credentials.apply(to: operation, schemes: document.securitySchemes, mode: mode)
    }

    @Test(arguments: ["Bearer abc123", "bearer abc123", "BEARER  abc123"])
    func authorizationHeaderServesTheBearerScheme(_ value: String) throws {
        let credentials = Credentials(headers: [HeaderField("Authorization", value)])
        let get = try applied(credentials, "getItem")
        #expect(get.authenticated)
        #expect(get.headers == [HeaderField("Authorization", value)])
        // Like a --bearer-env token, it goes only where a security requirement asks for it.
        #expect(try applied(credentials, "health").headers.isEmpty)
        #expect(credentials.missing(for: try #require(document.operation(withID: "getItem")), schemes: document.securitySchemes).isEmpty)
        #expect(credentials.redactor.redact("sent \(value) and abc123") == "sent *** and ***")
    }

    @Test func otherSchemeWordsDoNotServeBearer() throws {
        let credentials = Credentials(headers: [HeaderField("Authorization", "Basic dXNlcjpwYXNz")])
        let get = try applied(credentials, "getItem")
        #expect(!get.authenticated)
        // No scheme of the document takes it: it is a plain header, sent everywhere.
        #expect(get.headers == [HeaderField("Authorization", "Basic dXNlcjpwYXNz")])
        #expect(credentials.missing(for: try #require(document.operation(withID: "getItem")), schemes: document.securitySchemes) == ["bearer"])
    }

    @Test func wrongCredentialsKeepTheSchemeAndItsSpelling() throws {
        let header = Credentials(headers: [HeaderField("Authorization", "bearer abc123")])
        #expect(try applied(header, "getItem", mode: .wrong).headers == [HeaderField("Authorization", "bearer conform-wrong-credentials")])
        #expect(try applied(TestSupport.credentials, "getItem", mode: .wrong).headers
            == [HeaderField("Authorization", "Bearer conform-wrong-credentials")])
        #expect(try applied(TestSupport.credentials, "getItem", mode: .none).headers.isEmpty)
    }
}
