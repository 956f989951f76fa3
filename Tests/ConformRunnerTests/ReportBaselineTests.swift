import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// A baseline accepts exactly the findings it lists, by fingerprint, whatever their message.
@Suite("Baselines")
struct ReportBaselineTests {
    @Test func baselineSuppressesExactlyTheAcceptedFindings() throws {
        let all = Gate(failOn: Set(CheckName.allCases))
        // The baseline is written from a run that had only the first two findings.
        let earlier = Report(
            results: [ReportFixture.result(findings: Array(ReportFixture.findings.prefix(2)))], run: ReportFixture.run,
            digests: [:], gate: all)
        let baseline = Baseline(accepting: earlier)
        #expect(baseline.accepted.count == 2)

        let report = Report(
            results: [ReportFixture.result()], run: ReportFixture.run, digests: [:],
            gate: Gate(failOn: Set(CheckName.allCases), baseline: baseline))
        let findings = report.specs[0].findings
        #expect(findings.filter(\.accepted).map(\.caseID).sorted() == ["bound-1a2b", "pastBound-3c4d"])
        #expect(findings.filter(\.failing).map(\.caseID) == ["random-5e6f"])
        #expect(report.totals.accepted == 2 && report.totals.failing == 1)
        #expect(report.specs[0].operations[0].checks["response_schema"]?.result == .warn)
    }

    @Test func fingerprintIgnoresMessageCaseAndStatus() {
        let finding = ReportFixture.findings[0]
        var reworded = finding
        reworded.message = "another wording"
        reworded.caseID = "bound-9999"
        reworded.status = 200
        #expect(Fingerprint(reworded) == Fingerprint(finding))
        var elsewhere = finding
        elsewhere.bodyPointer = JSONPointer("/subtotal")
        #expect(Fingerprint(elsewhere) != Fingerprint(finding))
    }

    @Test func baselineFileRoundTrips() throws {
        let baseline = Baseline(accepting: ReportFixture.report())
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("conform-baseline-\(UUID()).json").path
        try Data(baseline.json().utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Baseline(path: path) == baseline)
        #expect(throws: ReportFileError.self) { try Baseline(path: path + ".missing") }
    }
}
