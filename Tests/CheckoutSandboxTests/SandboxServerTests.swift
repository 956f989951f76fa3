import Hummingbird
import HummingbirdTesting
import NIOPosix
import Testing

@testable import CheckoutSandbox

@Suite("Embedding the sandbox")
struct SandboxServerTests {
    @Test("start on port 0 binds an ephemeral loopback port, serves, and stops", .timeLimit(.minutes(1)))
    func startAndStop() async throws {
        let sandbox = try await SandboxServer.start()
        #expect(sandbox.port > 0)
        #expect(sandbox.baseURL == "http://127.0.0.1:\(sandbox.port)")
        let client = TestClient(host: "127.0.0.1", port: sandbox.port, configuration: .init(), eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton))
        client.connect()
        let response = try await client.post(
            "/checkout", headers: [.contentType: "application/json"], body: ByteBuffer(string: Bodies.stripe))
        #expect(response.status == .ok)
        try await client.shutdown()
        await sandbox.stop()
        await #expect(throws: (any Error).self) {
            let after = TestClient(host: "127.0.0.1", port: sandbox.port, configuration: .init(), eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup.singleton))
            after.connect()
            defer { Task { try? await after.shutdown() } }
            _ = try await after.get("/checkout")
        }
    }

    @Test("a port in use is a StartError")
    func portInUse() async throws {
        let first = try await SandboxServer.start()
        await #expect(throws: SandboxServer.StartError.self) {
            _ = try await SandboxServer.start(port: first.port)
        }
        await first.stop()
    }
}
