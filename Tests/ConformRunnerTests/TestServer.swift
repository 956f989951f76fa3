import Foundation
import NIOCore
import NIOPosix

/// A request as the test server read it.
struct TestRequest: Sendable {
    var method: String
    /// Path and query as sent.
    var target: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What the test server does with a request.
enum TestAction: Sendable {
    /// A well-formed response; the connection stays open.
    case respond(Int, headers: [(String, String)] = [], body: [UInt8] = [])
    /// These bytes as they are, then the connection closes.
    case raw([UInt8])
    /// Nothing, ever.
    case hang
    /// A TCP reset (SO_LINGER 0, then close).
    case reset
}

extension TestAction {
    /// A JSON response.
    static func json(_ status: Int, _ text: String, headers: [(String, String)] = []) -> TestAction {
        .respond(status, headers: [("Content-Type", "application/json")] + headers, body: Array(text.utf8))
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 that can misbehave on purpose: it parses requests by
/// hand (Content-Length bodies only) so the raw bytes it answers are exactly the test's.
final class TestServer: Sendable {
    let channel: any Channel
    let port: Int
    private let requestCount: LockedBox<Int>

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var requests: Int { requestCount.value }

    private init(channel: any Channel, requestCount: LockedBox<Int>) {
        self.channel = channel
        self.port = channel.localAddress!.port!
        self.requestCount = requestCount
    }

    static func start(_ respond: @escaping @Sendable (TestRequest) -> TestAction) async throws -> TestServer {
        let count = LockedBox(0)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Handler(respond: respond, count: count))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestServer(channel: channel, requestCount: count)
    }

    func stop() async {
        try? await channel.close()
    }

    /// A port on which nothing listens (bound, then closed).
    static func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = channel.localAddress!.port!
        try await channel.close()
        return port
    }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let respond: @Sendable (TestRequest) -> TestAction
        let count: LockedBox<Int>
        var buffer: [UInt8] = []
        var hung = false

        init(respond: @escaping @Sendable (TestRequest) -> TestAction, count: LockedBox<Int>) {
            self.respond = respond
            self.count = count
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let chunk = unwrapInboundIn(data)
            buffer.append(contentsOf: chunk.readableBytesView)
            while !hung, let request = nextRequest() {
                count.update { $0 += 1 }
                act(respond(request), context: context)
            }
        }

        func nextRequest() -> TestRequest? {
            let separator: [UInt8] = Array("\r\n\r\n".utf8)
            guard let end = buffer.firstRange(of: separator) else { return nil }
            let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
            var lines = head.components(separatedBy: "\r\n")
            let requestLine = lines.removeFirst().split(separator: " ")
            let headers = lines.compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
            guard buffer.count >= end.upperBound + length else { return nil }
            let body = Array(buffer[end.upperBound..<end.upperBound + length])
            buffer.removeFirst(end.upperBound + length)
            return TestRequest(
                method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body)
        }

        func act(_ action: TestAction, context: ChannelHandlerContext) {
            switch action {
            case .respond(let status, let headers, let body):
                var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.count)\r\n"
                for (name, value) in headers { head += "\(name): \(value)\r\n" }
                head += "\r\n"
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: Array(head.utf8) + body)), promise: nil)
            case .raw(let bytes):
                let channel = context.channel
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes))).whenComplete { _ in
                    channel.close(promise: nil)
                }
            case .hang:
                hung = true
            case .reset:
                hung = true
                let channel = context.channel
                (channel as? any SocketOptionProvider)?.setSoLinger(linger(l_onoff: 1, l_linger: 0)).whenComplete { _ in
                    channel.close(promise: nil)
                }
            }
        }
    }
}
