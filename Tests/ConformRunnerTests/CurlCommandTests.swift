import ConformCore
import Foundation
import Testing

@testable import ConformRunner

@Suite("Curl lines and redaction")
struct CurlCommandTests {
    let redactor = Credentials(
        bearer: ("s3cr3t-token", "ITEMS_TOKEN"), basic: ("key:pa'ss", "SHOP_KEY"),
        headers: [HeaderField("X-Api-Key", "k-123")]
    ).redactor

    @Test func getWithRedactedBearerAndQuery() {
        let request = redactor.redact(SentRequest(
            method: "GET", url: "http://127.0.0.1:8080/api/items/a%20b?q=1&token=s3cr3t-token",
            headers: [HeaderField("Authorization", "Bearer s3cr3t-token")], body: nil))
        #expect(
            CurlCommand.line(for: request, redactor: redactor)
                == #"curl 'http://127.0.0.1:8080/api/items/a%20b?q=1&token='"$ITEMS_TOKEN" -H 'Authorization: Bearer '"$ITEMS_TOKEN""#)
    }

    @Test func postBodyIsSingleQuotedWithQuotesEscaped() {
        let request = SentRequest(
            method: "POST", url: "http://h/x", headers: [HeaderField("Content-Type", "application/json")],
            body: Array(#"{"name":"it's $HOME `id`"}"#.utf8))
        #expect(
            CurlCommand.line(for: request, redactor: redactor)
                == #"curl -X POST http://h/x -H 'Content-Type: application/json' --data-binary '{"name":"it'\''s $HOME `id`"}'"#)
    }

    @Test func binaryBodyIsPipedFromPrintf() {
        let request = SentRequest(method: "PUT", url: "http://h/x", headers: [], body: [0x00, 0xFF, 0x41, 0x27, 0x25])
        #expect(
            CurlCommand.line(for: request, redactor: redactor)
                == #"printf '\000\377A\047\045' | curl -X PUT http://h/x --data-binary @-"#)
    }

    @Test func basicCredentialsAndMaskedHeaders() {
        let basic = Data("key:pa'ss".utf8).base64EncodedString()
        let request = redactor.redact(SentRequest(
            method: "GET", url: "http://h/x",
            headers: [HeaderField("Authorization", "Basic \(basic)"), HeaderField("X-Api-Key", "k-123")], body: nil))
        #expect(request.headers.map(\.value) == [#"Basic $(printf %s "$SHOP_KEY" | base64 | tr -d '\n')"#, "***"])
        #expect(
            CurlCommand.line(for: request, redactor: redactor)
                == #"curl http://h/x -H 'Authorization: Basic '"$(printf %s "$SHOP_KEY" | base64 | tr -d '\n')" -H 'X-Api-Key: ***'"#)
    }

    @Test func secretsLeaveNoTraceInBodiesOrMessages() {
        #expect(redactor.redact("token s3cr3t-token and key:pa'ss") == "token $ITEMS_TOKEN and $SHOP_KEY")
        #expect(redactor.redact(Array("a=k-123".utf8)) == Array("a=***".utf8))
    }

    @Test func everyOccurrenceIsReplacedLeftToRightWithoutOverlap() {
        let repeated = Redactor(secrets: [Redactor.Secret("ab-ab-ab", as: .masked)])
        #expect(repeated.redact("ab-ab-ab-ab-ab ab-ab-abab-ab-ab") == "***-ab-ab ******")
        #expect(repeated.redact("ab-ab") == "ab-ab")
        #expect(repeated.redact([0xFF] + Array("ab-ab-ab".utf8) + [0x00]) == [0xFF, 0x2A, 0x2A, 0x2A, 0x00])
        #expect(repeated.redact("no secret here") == "no secret here")
    }

    /// A secret under 8 bytes is replaced where it is a credential, never inside other text:
    /// the sandbox's bearer token `test` is not a secret in `https://test.checkout…`.
    @Test func aShortSecretIsRedactedOnlyAsAWholeToken() {
        let short = Redactor(secrets: [Redactor.Secret("test", as: .variable("TOKEN"))])
        #expect(short.redact("Bearer test") == "Bearer $TOKEN")
        #expect(short.redact("https://h/x?api_key=test&a=1") == "https://h/x?api_key=$TOKEN&a=1")
        #expect(short.redact(#"{"echo":"test"}"#) == #"{"echo":"$TOKEN"}"#)
        #expect(short.redact("curl -H 'Authorization: Bearer test'") == "curl -H 'Authorization: Bearer $TOKEN'")
        #expect(short.redact("https://test.checkout.example/contest/test-1") == "https://test.checkout.example/contest/test-1")
        let long = Redactor(secrets: [Redactor.Secret("longer-secret", as: .variable("TOKEN"))])
        #expect(long.redact("https://longer-secret.example/alonger-secretb") == "https://$TOKEN.example/a$TOKENb")
    }

    /// The shell reads each word back exactly: the line is run with `curl` defined as a
    /// function that prints its arguments.
    @Test func shellReadsTheWordsBack() throws {
        let body = #"{"q":"it's \"quoted\" $HOME `id` \\ ; | & ! *"}"#
        let request = redactor.redact(SentRequest(
            method: "POST", url: "http://h/x?a=1&b=2",
            headers: [HeaderField("Authorization", "Bearer s3cr3t-token")], body: Array(body.utf8)))
        let line = CurlCommand.line(for: request, redactor: redactor)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "curl() { for a; do printf '[%s]\\n' \"$a\"; done; }; " + line]
        process.environment = ["ITEMS_TOKEN": "s3cr3t-token", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(output == """
            [-X]
            [POST]
            [http://h/x?a=1&b=2]
            [-H]
            [Authorization: Bearer s3cr3t-token]
            [--data-binary]
            [\(body)]

            """)
    }
}
