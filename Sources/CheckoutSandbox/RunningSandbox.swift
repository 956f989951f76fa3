/// A sandbox started by ``SandboxServer/start(host:port:fault:logLevel:)``.
public struct RunningSandbox: Sendable {
    /// The bound host.
    public let host: String
    /// The bound port (the ephemeral one when 0 was asked for).
    public let port: Int
    private let task: Task<Void, any Error>

    init(host: String, port: Int, task: Task<Void, any Error>) {
        self.host = host
        self.port = port
        self.task = task
    }

    /// `http://host:port`, without a trailing slash.
    public var baseURL: String { "http://\(host):\(port)" }

    /// Stops accepting connections and waits for the server to finish.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}
