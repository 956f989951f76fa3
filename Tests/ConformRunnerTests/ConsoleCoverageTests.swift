import ConformCore
import Testing

@testable import ConformRunner

/// What the console says about operations and checks that judged nothing.
@Suite("Console coverage")
struct ConsoleCoverageTests {
    /// The fixture's run without findings or errors: only its coverage can be wrong.
    static var clean: RunResult {
        var result = ReportFixture.result(findings: [])
        result.errors = []
        return result
    }

    @Test func detailsEndWithTheOperationsNotExercised() {
        let lines = ConsoleReport.details(of: ReportFixture.result()).split(separator: "\n").suffix(2)
        #expect(Array(lines) == [
            "warning: 1 operation not exercised, its checks judged nothing",
            "    refundOrder: no case sent: the generator made no case: no valid body",
        ])
    }

    @Test func summaryCountsOperationsExercised() {
        #expect(ConsoleReport.summary(of: [ReportFixture.result()])
            == "1 spec: 6 cases, 6 requests, 3 findings, 1 error, 3 of 4 operations exercised in 1.50s")
    }

    @Test func verdictIsNeverConformantWithAnOperationNotExercised() {
        #expect(ConsoleReport.verdict(of: ReportFixture.result()) == "specs/shop.yaml: not conformant")
        #expect(ConsoleReport.verdict(of: ConsoleCoverageTests.clean)
            == "specs/shop.yaml: no findings, but only 3 of 4 operations exercised")
        var complete = ConsoleCoverageTests.clean
        complete.operations.removeLast()
        #expect(ConsoleReport.verdict(of: complete) == "specs/shop.yaml: conformant")
    }

    @Test func verboseLineSaysWhy() {
        #expect(ConsoleReport.operations(of: ReportFixture.result()).split(separator: "\n").last
            == "  POST /orders/{id}/refund (refundOrder): 0 cases, no findings; not exercised: no case sent: the generator made no case: no valid body")
    }

    @Test func failOnUntestedFailsTheRun() {
        var run = ReportFixture.run
        let passing = Report(results: [ConsoleCoverageTests.clean], run: run, digests: [:], gate: Gate())
        #expect(passing.totals.result == .pass)
        run.failOnUntested = true
        let failing = Report(results: [ConsoleCoverageTests.clean], run: run, digests: [:], gate: Gate())
        #expect((failing.totals.result, failing.totals.exercised, failing.totals.operations) == (Verdict.fail, 3, 4))
    }
}
