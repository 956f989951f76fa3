import ConformCore
import Foundation
import Testing

@testable import ConformRunner

/// Runs against in-test servers on 127.0.0.1 that answer badly on purpose: every run ends
/// within its budget, each bad answer becomes an error or a finding, the rest run on.
@Suite("Misbehaving targets", .timeLimit(.minutes(1)))
struct MisbehavingTargetTests {
    let document = try! TestSupport.document()

    func run(
        _ server: TestServer, cases: [RunCase], timeout: Duration = .seconds(5), budget: Duration? = nil,
        bodyLimit: Int = 10 * 1024 * 1024, checks: Set<CheckName> = Set(CheckName.allCases)
    ) async -> RunResult {
        let configuration = RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 4, timeout: timeout, budget: budget, bodyLimit: bodyLimit,
            checks: checks, credentials: TestSupport.credentials)
        return await Runner(document: document, configuration: configuration).run(cases)
    }

    static func healthCases(_ count: Int) -> [RunCase] {
        (0..<count).map { RunCase(id: "health/\($0)", operationID: "health", method: "GET", path: "/health") }
    }

    @Test func keepsTheServerPathPrefixAndSendsCredentials() async throws {
        let seen = LockedBox<[String]>([])
        let server = try await TestServer.start { request in
            seen.append("\(request.method) \(request.target) \(request.header("Authorization") ?? "-")")
            return .json(200, #"{"id":"a","name":"n"}"#)
        }
        defer { Task { await server.stop() } }
        let result = await run(
            server,
            cases: [
                RunCase(id: "get", operationID: "getItem", method: "GET", path: "/items/a", query: [("x", "1")]),
                RunCase(id: "health", operationID: "health", method: "GET", path: "/health"),
            ], checks: [.statusCode])
        #expect(result.findings.isEmpty && result.errors.isEmpty)
        #expect(seen.value.sorted() == ["GET /api/health -", "GET /api/items/a?x=1 Bearer \(TestSupport.token)"])
        #expect(result.exchanges.allSatisfy { !$0.request.headers.map(\.value).joined().contains(TestSupport.token) })
    }

    @Test func garbageResetAndShortBodiesAreErrorsAndTheRestRunOn() async throws {
        let server = try await TestServer.start { request in
            switch request.target {
            case "/api/health?kind=garbage": return .raw(Array("NOT HTTP AT ALL\r\n\r\n".utf8))
            case "/api/health?kind=reset": return .reset
            case "/api/health?kind=short":
                return .raw(Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{}".utf8))
            default: return .json(200, "{}")
            }
        }
        defer { Task { await server.stop() } }
        let cases = ["garbage", "reset", "short"].map {
            RunCase(id: $0, operationID: "health", method: "GET", path: "/health", query: [("kind", $0)])
        } + MisbehavingTargetTests.healthCases(20)
        let result = await run(server, cases: cases)
        let errors = Dictionary(uniqueKeysWithValues: result.errors.map { ($0.caseID, $0.error.description) })
        #expect(errors == [
            "garbage": "invalid response: not an HTTP response (parser: invalid constant string)",
            "reset": "connection reset: the target reset the connection",
            "short": "invalid response: the connection closed before the body its Content-Length announced",
        ])
        #expect(result.exchanges.filter { $0.response?.status == 200 }.count == 20)
        #expect(result.findings.isEmpty)
        #expect(!result.unreachable)
    }

    @Test func hangingTargetTimesOutWithinTheBudget() async throws {
        let server = try await TestServer.start { request in
            request.target.hasSuffix("hang") ? .hang : .json(200, "{}")
        }
        defer { Task { await server.stop() } }
        let start = ContinuousClock.now
        let cases = [RunCase(id: "hang", operationID: "health", method: "GET", path: "/health", query: [("then", "hang")])]
            + MisbehavingTargetTests.healthCases(5)
        // The request times out after two seconds; the run must not wait for its budget. Half a
        // second timed out healthy requests too on a loaded 2-core machine (a CI run beside a build).
        let result = await run(server, cases: cases, timeout: .seconds(2), budget: .seconds(30))
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(result.errors.map(\.caseID) == ["hang"])
        #expect(result.errors.first?.error.kind == .timeout)
        #expect(result.exchanges.count == 6)
    }

    /// A config file's per-operation timeout replaces the run's for that operation only.
    @Test func anOperationsOwnTimeoutWins() async throws {
        let server = try await TestServer.start { request in
            request.target.hasSuffix("hang") ? .hang : .json(200, "{}")
        }
        defer { Task { await server.stop() } }
        var configuration = RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 4, timeout: .seconds(60), checks: [.statusCode],
            credentials: TestSupport.credentials)
        configuration.operationTimeouts["health"] = .milliseconds(500)
        #expect(configuration.timeout(for: "health") == .milliseconds(500))
        #expect(configuration.timeout(for: "getItem") == .seconds(60))
        let start = ContinuousClock.now
        let result = await Runner(document: document, configuration: configuration).run([
            RunCase(id: "hang", operationID: "health", method: "GET", path: "/health", query: [("then", "hang")])
        ])
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(result.errors.first?.error.kind == .timeout)
    }

    @Test func budgetStopsARunOfHangs() async throws {
        let server = try await TestServer.start { _ in .hang }
        defer { Task { await server.stop() } }
        let start = ContinuousClock.now
        let result = await run(
            server, cases: MisbehavingTargetTests.healthCases(40), timeout: .seconds(30), budget: .seconds(1))
        // Stopped by the one-second budget, far before any request's 30-second timeout.
        #expect(ContinuousClock.now - start < .seconds(15))
        #expect(result.skipped == 36)
        #expect(result.errors.count == 4)
        #expect(result.errors.allSatisfy { $0.error.kind == .timeout })
    }

    @Test func hugeBodyIsCutAtTheCap() async throws {
        let server = try await TestServer.start { _ in
            .respond(200, headers: [("Content-Type", "application/json")], body: [UInt8](repeating: 0x20, count: 3_000_000))
        }
        defer { Task { await server.stop() } }
        let result = await run(server, cases: MisbehavingTargetTests.healthCases(2), bodyLimit: 1_000_000)
        #expect(result.errors.map(\.error.kind) == [.bodyTooLarge, .bodyTooLarge])
        #expect(result.errors.first?.error.message == "body longer than 1000000 bytes; cut there and not judged")
        #expect(result.exchanges.compactMap { $0.response?.body.count } == [1_000_000, 1_000_000])
    }

    @Test func rateLimitSpacesRequestsAndHonoursRetryAfter() async throws {
        let answered429 = LockedBox<[String]>([])
        let server = try await TestServer.start { request in
            if !answered429.value.contains(request.target) {
                answered429.append(request.target)
                return .respond(429, headers: [("Retry-After", "0")])
            }
            return .json(200, "{}")
        }
        defer { Task { await server.stop() } }
        let configuration = RunConfiguration(
            target: TargetURL(server.baseURL)!, concurrency: 4, timeout: .seconds(5), rate: 20,
            credentials: TestSupport.credentials)
        let start = ContinuousClock.now
        let cases = (0..<5).map {
            RunCase(id: "h\($0)", operationID: "health", method: "GET", path: "/health", query: [("n", "\($0)")])
        }
        let result = await Runner(document: document, configuration: configuration).run(cases)
        // Ten requests at 20 per second take at least 450 ms.
        #expect(ContinuousClock.now - start > .milliseconds(450))
        #expect(result.exchanges.map { $0.response?.status } == [200, 200, 200, 200, 200])
        #expect(server.requests == 10)
    }

    @Test func retryAfterInSecondsOrAsADate() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(Sender.retryDelay("2", now: now) == .seconds(2))
        #expect(Sender.retryDelay("Mon, 12 Jan 1970 13:46:50 GMT", now: now) == .seconds(10))
        #expect(Sender.retryDelay("soon", now: now) == .seconds(1))
        #expect(Sender.retryDelay("3600", now: now) == .seconds(60))
    }

    @Test func refusedEverywhereIsUnreachable() async throws {
        let port = try await TestServer.closedPort()
        let configuration = RunConfiguration(
            target: TargetURL("http://127.0.0.1:\(port)")!, concurrency: 4, timeout: .seconds(2), budget: .seconds(10))
        let result = await Runner(document: document, configuration: configuration)
            .run(MisbehavingTargetTests.healthCases(8))
        #expect(result.unreachable)
        #expect(result.errors.count == 8)
        #expect(result.errors.allSatisfy { $0.error.kind == .connectionRefused })
    }
}

/// A value the test server's handler and the test share.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}

extension LockedBox where Value == [String] {
    func append(_ element: String) { update { $0.append(element) } }
}
