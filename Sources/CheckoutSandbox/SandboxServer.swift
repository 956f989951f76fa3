import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Starts the checkout sandbox in-process, e.g. for `conform run --target sandbox`.
public enum SandboxServer {
    /// Why the sandbox did not start.
    public struct StartError: Error, CustomStringConvertible {
        /// What went wrong, e.g. the address was in use.
        public let description: String
    }

    /// Binds the sandbox and returns once it accepts connections.
    /// - Parameters:
    ///   - host: address to bind; loopback by default.
    ///   - port: port to bind; 0 picks a free ephemeral port (see ``RunningSandbox/port``).
    ///   - fault: a planted bug to run with, or nil for the conformant server.
    ///   - logLevel: Hummingbird's log level; quiet (`.error`) by default.
    public static func start(
        host: String = "127.0.0.1", port: Int = 0, fault: Fault? = nil, logLevel: Logger.Level = .error
    ) async throws -> RunningSandbox {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = makeApplication(host: host, port: port, fault: fault, logLevel: logLevel) { channel in
            continuation.yield(channel.localAddress?.port ?? port)
            continuation.finish()
        }
        // A service group without signal handlers, so the embedder decides when to stop (gracefully).
        let group = ServiceGroup(services: [app], logger: app.logger)
        let task = Task {
            defer { continuation.finish() }
            try await group.run()
        }
        for await boundPort in ports {
            return RunningSandbox(host: host, port: boundPort, group: group, task: task)
        }
        // The server stopped before it listened: surface its error.
        do {
            try await task.value
        } catch {
            throw StartError(description: "cannot start the sandbox on \(host):\(port): \(error)")
        }
        throw StartError(description: "the sandbox on \(host):\(port) stopped before it listened")
    }

    /// The Hummingbird application behind ``start(host:port:fault:logLevel:)``; tests drive it directly.
    static func makeApplication(
        host: String = "127.0.0.1",
        port: Int = 0,
        fault: Fault? = nil,
        logLevel: Logger.Level = .error,
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "CheckoutSandbox")
        logger.logLevel = logLevel
        return Application(
            responder: SandboxResponder(fault: fault),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "CheckoutSandbox"),
            onServerRunning: onServerRunning,
            logger: logger)
    }
}
