import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// `report.json` is written member by member; its bytes are JSONEncoder's.
@Suite("Report JSON writer")
struct ReportJSONWriterTests {
    /// The fixture report with every optional member set, awkward strings, empty arrays and
    /// objects, and doubles whole, fractional and tiny.
    static func rich() -> Report {
        var report = ReportFixture.report()
        report.run.shard = Report.ShardInfo(index: 2, count: 3)
        report.run.baseline = Report.FileDigest(file: "baseline.json", sha256: "ab12")
        report.golden = Report.GoldenSection(compared: 4, mismatched: 1, recorded: 2)
        report.specs[0].findings[0].message = "quote \" backslash \\ slash / tab \t newline \n nul \u{0} esc \u{1B} del \u{7F} é 😀 \u{2028}"
        report.specs[0].findings[0].seed = UInt64.max
        report.specs[0].operations.append(
            OperationReport(
                id: "empty", method: "GET", path: "/e", caseKinds: [:], cases: [], selected: true, answered: 0,
                notes: ["why"], unexercised: "no case sent: why", checks: [:]))
        report.timing.seconds = 3
        report.timing.specs[0].operations[0].milliseconds = 1e-7
        report.timing.specs[0].seconds = 12345678.9
        return report
    }

    @Test(arguments: [ReportFixture.report(), rich(), try! Report(merging: [ReportFixture.report()])])
    func writesWhatJSONEncoderWrites(_ report: Report) {
        #expect(report.json() == ReportJSON.encode(report))
    }
}
