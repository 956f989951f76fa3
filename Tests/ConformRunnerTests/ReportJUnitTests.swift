import ConformCore
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import ConformRunner

/// `junit.xml` parses and has the structure of the common JUnit schema.
@Suite("JUnit report")
struct ReportJUnitTests {
    static func parse(_ granularity: JUnitReporter.Granularity) throws -> XMLElement {
        let text = JUnitReporter(granularity: granularity).render(ReportFixture.report())
        return try #require(try XMLDocument(xmlString: text, options: []).rootElement())
    }

    @Test func perCheckStructure() throws {
        let root = try ReportJUnitTests.parse(.check)
        #expect(root.name == "testsuites")
        let suites = root.elements(forName: "testsuite")
        #expect(suites.map { $0.attribute(forName: "name")?.stringValue } == [
            "specs/shop.yaml createOrder", "specs/shop.yaml getOrder", "specs/shop.yaml health",
            "specs/shop.yaml refundOrder",
        ])
        for suite in suites {
            // The attributes and children the JUnit schema allows, counts consistent.
            let cases = suite.elements(forName: "testcase")
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count))
            let inError = cases.filter { !$0.elements(forName: "error").isEmpty }.count
            #expect(cases.count == CheckName.allCases.count + inError)
            #expect(suite.attribute(forName: "errors")?.stringValue == String(inError))
            let failures = cases.filter { !$0.elements(forName: "failure").isEmpty }.count
            #expect(suite.attribute(forName: "failures")?.stringValue == String(failures))
            for name in ["errors", "skipped", "time"] { #expect(suite.attribute(forName: name) != nil) }
            let properties = try #require(suite.elements(forName: "properties").first).elements(forName: "property")
            #expect(properties.contains { $0.attribute(forName: "name")?.stringValue == "seed" && $0.attribute(forName: "value")?.stringValue == "42" })
            for testcase in cases {
                #expect(testcase.attribute(forName: "classname") != nil)
                for child in testcase.children ?? [] {
                    #expect(["failure", "error", "skipped", "system-out"].contains(child.name ?? ""))
                }
            }
        }
        let create = suites[0].elements(forName: "testcase")
        let schema = try #require(create.first { $0.attribute(forName: "name")?.stringValue == "response_schema" })
        let failure = try #require(schema.elements(forName: "failure").first)
        #expect(failure.attribute(forName: "type")?.stringValue == "response_schema")
        #expect(failure.stringValue?.contains("$ curl -X POST 'http://127.0.0.1:8080/orders'") == true)
        #expect(failure.stringValue?.contains("rule: specs/shop.yaml:41:9") == true)
        // A finding outside --fail-on is shown without failing.
        let server = try #require(suites[1].elements(forName: "testcase").first { $0.attribute(forName: "name")?.stringValue == "server_error" })
        #expect(server.elements(forName: "failure").isEmpty)
        #expect(server.elements(forName: "system-out").first?.stringValue?.contains("not gating") == true)
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
        #expect(root.attribute(forName: "errors")?.stringValue == "1")
        let error = try #require(suites[1].elements(forName: "testcase").last?.elements(forName: "error").first)
        #expect(error.attribute(forName: "type")?.stringValue == "body too large")
        // A check that judged nothing is skipped with its reason, never a pass.
        let auth = try #require(create.first { $0.attribute(forName: "name")?.stringValue == "auth_enforced" })
        #expect(auth.elements(forName: "skipped").first?.attribute(forName: "message")?.stringValue
            == "not exercised: no response this check could judge")
        let refund = suites[3].elements(forName: "testcase")
        #expect(refund.count { !$0.elements(forName: "skipped").isEmpty } == CheckName.allCases.count)
        #expect(refund.first?.elements(forName: "skipped").first?.attribute(forName: "message")?.stringValue
            == "not exercised: no case sent: the generator made no case: no valid body")
    }

    @Test func perCaseStructure() throws {
        let root = try ReportJUnitTests.parse(.case)
        let names = root.elements(forName: "testsuite").flatMap { $0.elements(forName: "testcase") }
            .compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(names == [
            "baseline-0001", "bound-1a2b", "pastBound-3c4d", "baseline-0002", "random-5e6f",
            "requests without a usable response", "baseline-0003", "not exercised",
        ])
        #expect(root.attribute(forName: "failures")?.stringValue == "2")
    }
}
