import ServiceLifecycle

/// A sandbox started by ``SandboxServer/start(host:port:fault:logLevel:)``.
public struct RunningSandbox: Sendable {
    /// The bound host.
    public let host: String
    /// The bound port (the ephemeral one when 0 was asked for).
    public let port: Int
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    init(host: String, port: Int, group: ServiceGroup, task: Task<Void, any Error>) {
        self.host = host
        self.port = port
        self.group = group
        self.task = task
    }

    /// `http://host:port`, without a trailing slash.
    public var baseURL: String { "http://\(host):\(port)" }

    /// Stops accepting connections, lets in-flight requests finish, and waits for the server.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = await task.result
    }
}
