import ConformCore
import Testing

@testable import ConformRunner

/// `conform run` keeps each spec's result until it writes the reports: the result it keeps
/// holds no bodies, and the reports made from it are the same.
@Suite("RunResult dropping bodies")
struct RunResultDroppingBodiesTests {
    /// The fixture run with a request and a response body and headers on every exchange.
    static func withBodies() -> RunResult {
        var result = ReportFixture.result()
        for index in result.exchanges.indices {
            result.exchanges[index].request.body = Array(#"{"qty":1}"#.utf8)
            result.exchanges[index].request.headers = [HeaderField("Content-Type", "application/json")]
            if case .success(var response) = result.exchanges[index].outcome {
                response.body = Array(#"{"id":"o_1","total":12}"#.utf8)
                response.headers = [HeaderField("Content-Type", "application/json")]
                result.exchanges[index].outcome = .success(response)
            }
        }
        return result
    }

    @Test func keepsNoBodyOrHeaders() {
        let dropped = Self.withBodies().droppingBodies()
        #expect(dropped.exchanges.allSatisfy { $0.request.body == nil && $0.request.headers.isEmpty })
        #expect(dropped.exchanges.allSatisfy { $0.response.map { $0.body.isEmpty && $0.headers.isEmpty } ?? true })
    }

    @Test func reportsAreTheSame() {
        let full = Self.withBodies()
        let report = { (result: RunResult) in
            Report(results: [result], run: ReportFixture.run, digests: [:], gate: Gate(failOn: Set(CheckName.allCases)))
        }
        #expect(report(full.droppingBodies()).json() == report(full).json())
        #expect(full.droppingBodies().tally == full.tally)
        #expect(full.droppingBodies().requests == full.requests)
    }
}
