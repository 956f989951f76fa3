import ConformCore
import Foundation

@testable import ConformRunner

/// A hand-made run with fixed findings, errors and durations: what the report format tests
/// render, so their expected files never depend on a server or a clock.
enum ReportFixture {
    static let spec = "specs/shop.yaml"

    static func finding(
        _ check: CheckName, _ operation: String, _ caseID: String, status: Int?, pointer: String? = nil,
        rule: String, line: Int, message: String, seed: UInt64? = nil, expectation: Expectation = .valid
    ) -> Finding {
        Finding(
            check: check, operationID: operation, caseID: caseID, seed: seed, expectation: expectation, status: status,
            bodyPointer: pointer.flatMap { JSONPointer($0) },
            rule: DocumentPointer(file: spec, pointer: JSONPointer(rule)!),
            ruleLocation: SourceLocation(file: spec, line: line, column: 9), message: message,
            curl: "curl -X POST 'http://127.0.0.1:8080/orders' -H 'Authorization: Bearer $SHOP_TOKEN' --data-binary '{\"qty\":<1>}'")
    }

    static let findings = [
        finding(
            .responseSchema, "createOrder", "bound-1a2b", status: 201, pointer: "/total",
            rule: "/components/schemas/Order/properties/total/type", line: 41,
            message: "type: \"12\" is not of type integer"),
        finding(
            .negativeRejected, "createOrder", "pastBound-3c4d", status: 201,
            rule: "/components/schemas/NewOrder/properties/qty/maximum", line: 30,
            message: "invalid case (maximum at /body/qty) answered 201",
            expectation: .invalid(keyword: "maximum", pointer: JSONPointer("/body/qty")!)),
        finding(
            .serverError, "getOrder", "random-5e6f", status: 500,
            rule: "/paths/~1orders~1{id}/get/responses", line: 52, message: "status 500 <server error> & more", seed: 42),
    ]

    static func exchange(_ operation: String, _ caseID: String, milliseconds: Int, status: Int) -> Exchange {
        Exchange(
            caseID: caseID, operationID: operation, seed: nil, expectation: .valid, purpose: .testCase,
            authenticated: true,
            request: SentRequest(method: "GET", url: "http://127.0.0.1:8080/orders", headers: [], body: nil),
            outcome: .success(ReceivedResponse(status: status, headers: [], body: [])),
            duration: .milliseconds(milliseconds))
    }

    static func result(findings: [Finding] = findings) -> RunResult {
        RunResult(
            spec: spec, cases: 6, skipped: 0,
            exchanges: [
                exchange("createOrder", "baseline-0001", milliseconds: 3, status: 201),
                exchange("createOrder", "bound-1a2b", milliseconds: 12, status: 201),
                exchange("createOrder", "pastBound-3c4d", milliseconds: 45, status: 201),
                exchange("getOrder", "baseline-0002", milliseconds: 1, status: 200),
                exchange("getOrder", "random-5e6f", milliseconds: 700, status: 500),
                exchange("health", "baseline-0003", milliseconds: 2, status: 200),
            ],
            findings: findings,
            errors: [
                CaseError(
                    operationID: "getOrder", caseID: "random-5e6f", seed: 42,
                    error: TransportError(.bodyTooLarge, "body longer than 1024 bytes; cut there and not judged"),
                    curl: "curl 'http://127.0.0.1:8080/orders/1'")
            ],
            duration: .milliseconds(1500), unreachable: false,
            operations: [
                OperationRun(
                    id: "createOrder", method: "POST", path: "/orders",
                    cases: [.init(id: "baseline-0001", kind: "baseline"), .init(id: "bound-1a2b", kind: "bound"),
                        .init(id: "pastBound-3c4d", kind: "pastBound")],
                    coverage: coverage(3, [.negativeRejected: 1, .positiveAccepted: 2])),
                OperationRun(
                    id: "getOrder", method: "GET", path: "/orders/{id}",
                    cases: [.init(id: "baseline-0002", kind: "baseline"), .init(id: "random-5e6f", kind: "random")],
                    coverage: coverage(2, [.contentType: 1, .responseSchema: 1, .responseHeaders: 1])),
                OperationRun(
                    id: "health", method: "GET", path: "/health", cases: [.init(id: "baseline-0003", kind: "baseline")],
                    coverage: coverage(1, [:])),
                OperationRun(
                    id: "refundOrder", method: "POST", path: "/orders/{id}/refund",
                    notes: ["the generator made no case: no valid body"]),
            ])
    }

    /// `answered` responses, judged by every response check that many times unless `judged`
    /// says otherwise; no authentication probe.
    static func coverage(_ answered: Int, _ judged: [CheckName: Int]) -> OperationCoverage {
        let all: [CheckName] = [
            .serverError, .statusCode, .contentType, .responseSchema, .responseHeaders, .positiveAccepted, .goldenMismatch,
        ]
        return OperationCoverage(
            answered: answered,
            judged: Dictionary(uniqueKeysWithValues: all.map { ($0, answered) }).merging(judged) { $1 })
    }

    static let run = Report.RunInfo(
        target: "sandbox", seed: 42, random: 1, shard: nil,
        checks: CheckName.allCases.filter { $0 != .resourceLifecycle }.map(\.rawValue),
        failOn: CheckName.allCases.filter { $0 != .serverError }.map(\.rawValue), baseline: nil)

    static func report(gate: Gate = Gate(failOn: Set(CheckName.allCases).subtracting([.serverError]))) -> Report {
        Report(results: [result()], run: run, digests: [spec: String(repeating: "ab", count: 32)], gate: gate)
    }

    /// Compares `text` with the file `name` under `Fixtures/reports`; with
    /// `CONFORM_UPDATE_FIXTURES=1` in the environment, rewrites the file instead.
    static func expected(_ name: String) throws -> String {
        try String(contentsOf: fixtureURL(name), encoding: .utf8)
    }

    static func fixtureURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/reports/\(name)")
    }

    static func record(_ text: String, as name: String) throws {
        guard ProcessInfo.processInfo.environment["CONFORM_UPDATE_FIXTURES"] == "1" else { return }
        try Data(text.utf8).write(to: fixtureURL(name))
    }
}
