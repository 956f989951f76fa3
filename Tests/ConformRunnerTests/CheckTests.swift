@testable import ConformCore
import Testing

@testable import ConformRunner

/// Each check against hand-made exchanges: what it reports, and what it must leave alone.
@Suite("Checks on single exchanges")
struct CheckTests {
    let document = try! TestSupport.document()
    var suite: CheckSuite { CheckSuite(context: TestSupport.context(document)) }

    func messages(_ exchange: Exchange, only check: CheckName? = nil) -> [String] {
        suite.findings(in: exchange).filter { check == nil || $0.check == check }.map { "\($0.check.rawValue): \($0.message)" }
    }

    @Test func conformingExchangeHasNoFindings() {
        let exchange = TestSupport.exchange(
            "getItem", path: "/items/a", status: 200, headers: TestSupport.json, body: #"{"id":"a","name":"n"}"#)
        #expect(messages(exchange).isEmpty)
    }

    @Test func serverErrorEvenWhenDocumented() {
        let exchange = TestSupport.exchange("health", status: 503)
        #expect(messages(exchange, only: .serverError) == ["server_error: server error 503 for a valid request"])
    }

    @Test func statusCodeHonoursRangesAndReportsUndocumented() {
        #expect(messages(TestSupport.exchange("health", status: 204, headers: TestSupport.json, body: "{}")).isEmpty)
        #expect(
            messages(TestSupport.exchange("getItem", path: "/items/a", status: 418), only: .statusCode)
                == ["status_code: status 418 is not documented (documented: 200, 404)"])
    }

    @Test func unauthenticatedAnswersAreLeftToAuthEnforced() {
        let exchange = TestSupport.exchange("getItem", path: "/items/a", authenticated: false, status: 401)
        #expect(messages(exchange).isEmpty)
    }

    @Test("the media type is the Content-Type's essence: parameters, OWS and case dropped", arguments: [
        ("application/json", "application/json"), (" Application/JSON ;charset=utf-8", "application/json"),
        ("\ttext/html\t; q=1", "text/html"), (" ; charset=utf-8", nil), ("", nil),
    ])
    func mediaType(header: String, expected: String?) {
        let response = ReceivedResponse(status: 200, headers: [HeaderField("content-TYPE", header)], body: [])
        #expect(response.mediaType == expected)
    }

    @Test func contentTypeMustBeDocumented() {
        let html = TestSupport.exchange(
            "getItem", path: "/items/a", status: 200, headers: [HeaderField("Content-Type", "text/html; charset=utf-8")],
            body: "<p>")
        #expect(
            messages(html, only: .contentType)
                == ["content_type: Content-Type text/html is not documented for response 200 (documented: application/json)"])
        let missing = TestSupport.exchange("getItem", path: "/items/a", status: 200, body: "{}")
        #expect(
            messages(missing, only: .contentType)
                == ["content_type: a body without Content-Type, where response 200 documents application/json"])
        // 404 documents no content: any body goes.
        #expect(messages(TestSupport.exchange("getItem", path: "/items/a", status: 404, body: "nope")).isEmpty)
    }

    @Test func responseSchemaGivesBodyPointerAndRule() throws {
        let exchange = TestSupport.exchange(
            "getItem", path: "/items/a", status: 200, headers: TestSupport.json, body: #"{"id":7}"#)
        let findings = suite.findings(in: exchange).filter { $0.check == .responseSchema }
        #expect(findings.map(\.message) == [#"required: "name" is a required property"#, #"type: 7 is not of type "string""#])
        #expect(findings.map { $0.bodyPointer?.description ?? "-" } == ["", "/id"])
        #expect(findings.map { $0.ruleLocation?.description ?? "-" } == ["items.json:11:28", "items.json:12:31"])
    }

    @Test func bodiesThatAreNotJSON() {
        let html = TestSupport.exchange("getItem", path: "/items/a", status: 200, headers: TestSupport.json, body: "<html>")
        #expect(messages(html, only: .responseSchema) == ["response_schema: body is not JSON: unexpected character at byte 0"])
        var latin1 = TestSupport.exchange("getItem", path: "/items/a", status: 200, headers: TestSupport.json)
        latin1.outcome = .success(ReceivedResponse(
            status: 200, headers: TestSupport.json, body: Array(#"{"id":"a","name":""#.utf8) + [0xE9, 0x22, 0x7D]))
        #expect(messages(latin1, only: .responseSchema) == ["response_schema: body is not JSON: invalid UTF-8 at byte 18"])
    }

    @Test func requiredAndTypedResponseHeaders() {
        let missing = TestSupport.exchange(
            "createItem", method: "POST", path: "/items", status: 201, headers: TestSupport.json,
            body: #"{"id":"a","name":"n"}"#, requestBody: #"{"id":"a","name":"n"}"#)
        #expect(messages(missing) == ["response_headers: required header Location is missing"])
    }

    @Test func negativeRejected() {
        let invalid = Expectation.invalid(keyword: "maxLength", pointer: JSONPointer(tokens: ["name"]))
        let accepted = TestSupport.exchange(
            "createItem", method: "POST", path: "/items", expectation: invalid, status: 201,
            headers: TestSupport.json + [HeaderField("Location", "/items/a")], body: #"{"id":"a","name":"n"}"#,
            requestBody: #"{"id":"a","name":"nnnnnnnnnnn"}"#)
        #expect(
            messages(accepted, only: .negativeRejected)
                == ["negative_rejected: invalid (maxLength at /name) request answered 201"])
        let rejected = TestSupport.exchange(
            "createItem", method: "POST", path: "/items", expectation: invalid, status: 400, headers: TestSupport.json,
            body: "{}", requestBody: "{}")
        #expect(messages(rejected).isEmpty)
    }

    @Test func positiveAcceptedExcusesWhatAValidRequestCanEarn() {
        for status in [403, 404, 409, 429] {
            #expect(messages(TestSupport.exchange("getItem", path: "/items/x", status: status), only: .positiveAccepted).isEmpty)
        }
        #expect(
            messages(TestSupport.exchange("getItem", path: "/items/x", status: 401), only: .positiveAccepted)
                == ["positive_accepted: valid request answered 401 although credentials were sent"])
        #expect(
            messages(
                TestSupport.exchange("createItem", method: "POST", path: "/items", status: 400, headers: TestSupport.json, body: "{}"),
                only: .positiveAccepted)
                == ["positive_accepted: valid request answered 400"])
    }

    @Test func authEnforcedOnlyOnTheProbes() {
        let probe = TestSupport.exchange(
            "getItem", path: "/items/x", purpose: .unauthenticated, authenticated: false, status: 200,
            headers: TestSupport.json, body: #"{"id":"x","name":"n"}"#)
        #expect(messages(probe) == ["auth_enforced: answered 200 without credentials, not 401 or 403; the operation requires bearer"])
        // A 404 to a probe means the operation looked the resource up before the credentials.
        let missing = TestSupport.exchange("getItem", path: "/items/x", purpose: .wrongCredentials, status: 404)
        #expect(messages(missing) == ["auth_enforced: answered 404 with wrong credentials, not 401 or 403; the operation requires bearer"])
        // A refusal is right, but its status is judged like any other: getItem documents neither.
        for status in [401, 403] {
            let refused = TestSupport.exchange("getItem", path: "/items/x", purpose: .unauthenticated, authenticated: false, status: status)
            #expect(messages(refused) == ["status_code: status \(status) is not documented (documented: 200, 404)"])
        }
        let open = TestSupport.exchange(
            "health", purpose: .unauthenticated, authenticated: false, status: 200, headers: TestSupport.json, body: "{}")
        #expect(messages(open).isEmpty)
    }

    @Test func checksJudgingAnExchange() {
        let suite = CheckSuite(context: TestSupport.context(document))
        let valid = TestSupport.exchange("getItem", path: "/items/x", status: 200, headers: TestSupport.json, body: #"{"id":"x","name":"n"}"#)
        #expect(suite.judging(valid) == [
            .serverError, .statusCode, .contentType, .responseSchema, .responseHeaders, .positiveAccepted,
        ])
        let anonymous = TestSupport.exchange("getItem", path: "/items/x", authenticated: false, status: 401)
        #expect(suite.judging(anonymous) == [.serverError, .positiveAccepted])
        let probe = TestSupport.exchange("getItem", path: "/items/x", purpose: .wrongCredentials, status: 401)
        #expect(suite.judging(probe) == [.serverError, .statusCode, .authEnforced])
    }

    @Test func findingCarriesCaseStatusAndCurl() throws {
        let finding = try #require(suite.findings(in: TestSupport.exchange("health", caseID: "health/valid/0", status: 500)).first)
        #expect(finding.caseID == "health/valid/0")
        #expect(finding.status == 500)
        #expect(finding.expectation == .valid)
        #expect(finding.curl == #"curl http://127.0.0.1:8080/api/health -H 'Authorization: Bearer '"$ITEMS_TOKEN""#)
    }

    @Test func selectedChecksOnly() {
        let limited = CheckSuite(context: TestSupport.context(document), selected: [.statusCode])
        #expect(limited.findings(in: TestSupport.exchange("health", status: 500)).map(\.check) == [.statusCode])
    }
}
