import Foundation
import Testing

@testable import ConformRunner

/// The live line on a terminal, plain periodic lines in CI.
@Suite("Progress output")
struct ReportProgressTests {
    /// What a reporter wrote.
    final class Written: @unchecked Sendable {
        let lock = NSLock()
        var text = ""
    }

    static func output(_ style: ProgressReporter.Style) -> String {
        let written = Written()
        let reporter = ProgressReporter(style: style) { line in written.lock.withLock { written.text += line } }
        reporter.begin("specs/shop.yaml")
        for done in 1...4 {
            reporter.update(RunProgress(done: done, total: 4, findings: done / 2, requests: done, elapsed: Double(done) * 3))
        }
        reporter.finish()
        return written.lock.withLock { written.text }
    }

    @Test func styleFollowsTerminalAndCI() {
        #expect(ProgressReporter.style(quiet: false, isTerminal: true, environment: [:]) == .live)
        #expect(ProgressReporter.style(quiet: false, isTerminal: true, environment: ["CI": "true"]) == .plain(interval: 10))
        #expect(ProgressReporter.style(quiet: false, isTerminal: false, environment: [:]) == .plain(interval: 10))
        #expect(ProgressReporter.style(quiet: true, isTerminal: true, environment: [:]) == .silent)
    }

    @Test func terminalAndCIOutputDiffer() {
        let live = ReportProgressTests.output(.live)
        let plain = ReportProgressTests.output(.plain(interval: 10))
        #expect(live != plain)
        // Live: every update redraws one line in place; nothing scrolls.
        #expect(live.components(separatedBy: "\r\u{1B}[2K").count == 6)
        #expect(!live.contains("\n"))
        #expect(live.contains("specs/shop.yaml: 4/4 cases, 2 findings, 0.3 req/s, 0s left"))
        // Plain: whole lines, at most one per interval, and the last one always.
        #expect(plain == """
            specs/shop.yaml: 1/4 cases, 0 findings, 0.3 req/s, 9s left
            specs/shop.yaml: 4/4 cases, 2 findings, 0.3 req/s, 0s left

            """)
        #expect(ReportProgressTests.output(.silent).isEmpty)
    }
}
