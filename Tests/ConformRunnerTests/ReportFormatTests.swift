import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// Each format rendered from the fixed hand-made run, compared with its expected file in
/// `Fixtures/reports` (rewrite them with `CONFORM_UPDATE_FIXTURES=1 swift test`).
@Suite("Report formats")
struct ReportFormatTests {
    @Test(arguments: ["report.json", "junit.xml", "summary.md", "report.html"])
    func formatMatchesItsExpectedFile(_ name: String) throws {
        let files = ReportWriter(directory: "unused").files(for: ReportFixture.report())
        let text = try #require(files.first { $0.name == name }?.text)
        try ReportFixture.record(text, as: name)
        #expect(text == (try ReportFixture.expected(name)))
    }

    @Test func reportJSONRoundTripsAndIsDeterministic() throws {
        let report = ReportFixture.report()
        let decoded = try JSONDecoder().decode(Report.self, from: Data(report.json().utf8))
        #expect(decoded == report)
        #expect(ReportFixture.report().json() == report.json())
    }

    @Test func countsAndOutcomes() throws {
        let report = ReportFixture.report()
        #expect(report.totals.findings == 3)
        // server_error is not in --fail-on: its finding is reported and does not fail.
        #expect(report.totals.failing == 2)
        #expect(report.totals.result == .fail)
        let spec = try #require(report.specs.first)
        #expect(spec.operations.map(\.id) == ["createOrder", "getOrder", "health", "refundOrder"])
        #expect(spec.operations[0].checks["response_schema"] == CheckOutcome(result: .fail, findings: 1, accepted: 0, responses: 3))
        #expect(spec.operations[0].checks["auth_enforced"]?.result == .untested)
        #expect(spec.operations[3].unexercised == "no case sent: the generator made no case: no valid body")
        #expect(spec.operations[3].checks["status_code"] == CheckOutcome(result: .untested, findings: 0, accepted: 0, responses: 0))
        #expect((report.totals.operations, report.totals.exercised) == (4, 3))
        #expect(spec.operations[1].checks["server_error"]?.result == .warn)
        #expect(spec.operations[2].checks["resource_lifecycle"]?.result == .off)
        #expect(spec.operations[0].caseKinds == ["baseline": 1, "bound": 1, "pastBound": 1])
    }

    @Test func htmlIsSelfContained() {
        let html = HTMLReporter().render(ReportFixture.report())
        for section in ["<h2>Outcomes per operation</h2>", "<h2>Latency distribution</h2>", "<h3>Matrix</h3>",
            "<h3>Cases by kind</h3>", "<h3>Findings</h3>", "<svg", "specs/shop.yaml:41:9", "<pre class=\"curl\">"]
        {
            #expect(html.contains(section), "missing \(section)")
        }
        // No external assets: no src or href attributes, no stylesheet links, no script.
        for banned in ["src=", "href=", "<link", "<script", "@import", "url("] {
            #expect(!html.contains(banned), "found \(banned)")
        }
        // Finding text is escaped.
        #expect(html.contains("status 500 &lt;server error&gt; &amp; more"))
    }
}
