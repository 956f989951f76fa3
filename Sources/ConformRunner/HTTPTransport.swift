import AsyncHTTPClient
import ConformCore
import Foundation
import NIOCore
import NIOHTTP1

/// Sends requests over pooled keep-alive HTTP/1.1 connections and turns whatever comes back,
/// including a misbehaving target, into a ``ReceivedResponse`` or a ``TransportError``.
final class HTTPTransport: Sendable {
    private let client: HTTPClient
    private let bodyLimit: Int

    /// A transport keeping up to `connections` connections to a host.
    init(connections: Int, timeout: Duration, bodyLimit: Int) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.httpVersion = .http1Only
        let timeAmount = HTTPTransport.timeAmount(timeout)
        // The read timeout catches a target that stops sending; the per-request deadline the rest.
        configuration.timeout = .init(connect: timeAmount, read: timeAmount)
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        // A refused connection fails its requests at once instead of retrying until the timeout:
        // a run must tell an unreachable target quickly.
        configuration.connectionPool.retryConnectionEstablishment = false
        // No spans: the default no-op tracer still costs a span per request.
        configuration.tracing.tracer = nil
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.bodyLimit = bodyLimit
    }

    /// Sends one request; never throws: every failure is a ``TransportError``.
    func send(
        method: String, url: String, headers: [HeaderField], body: [UInt8]?, timeout: Duration
    ) async -> Result<ReceivedResponse, TransportError> {
        var request = HTTPClientRequest(url: url)
        request.method = NIOHTTP1.HTTPMethod(rawValue: method)
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let start = ContinuousClock.now
        do {
            let response = try await client.execute(request, timeout: HTTPTransport.timeAmount(timeout))
            var bytes: [UInt8] = []
            var truncated = false
            for try await chunk in response.body {
                let room = bodyLimit - bytes.count
                if chunk.readableBytes > room {
                    bytes.append(contentsOf: chunk.readableBytesView.prefix(room))
                    truncated = true
                    break
                }
                bytes.append(contentsOf: chunk.readableBytesView)
                // A target that drips bytes never trips the read timeout; the clock does.
                if ContinuousClock.now - start > timeout {
                    return .failure(TransportError(.timeout, "body not complete after \(timeout.secondsText)"))
                }
            }
            let fields = response.headers.map { HeaderField($0.name, $0.value) }
            return .success(ReceivedResponse(status: Int(response.status.code), headers: fields, body: bytes, truncated: truncated))
        } catch {
            return .failure(HTTPTransport.classify(error, timeout: timeout))
        }
    }

    /// Why AsyncHTTPClient cannot send `runCase` as made, checked before it is sent: the
    /// client rejects header values (cookies included) holding an ASCII control character
    /// other than HTAB (RFC 9110 §5.5), and it sends `/` for a path whose percent-decoding
    /// is not UTF-8 (Foundation's `URL.path` is empty then).
    static func refusal(of runCase: RunCase) -> TransportError? {
        let values = runCase.headers.map(\.value) + runCase.cookies.map(\.value)
        if values.contains(where: { value in value.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F } }) {
            return TransportError(.unsendable, "AsyncHTTPClient refuses a header value with a control character")
        }
        if String(validating: percentDecoded(runCase.path), as: UTF8.self) == nil {
            return TransportError(.unsendable, "AsyncHTTPClient sends '/' for a path that is not UTF-8 once decoded")
        }
        return nil
    }

    /// The bytes `%XX` escapes in `path` stand for, other bytes as they are.
    static func percentDecoded(_ path: String) -> [UInt8] {
        let bytes = Array(path.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let byte = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                result.append(byte)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// Closes every connection.
    func shutdown() async {
        try? await client.shutdown()
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// The kind of failure behind an error of AsyncHTTPClient or SwiftNIO.
    static func classify(_ error: any Error, timeout: Duration) -> TransportError {
        if error is CancellationError { return TransportError(.budgetExhausted, "the run's time budget ran out") }
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout, .deadlineExceeded, .connectTimeout, .writeTimeout:
                return TransportError(.timeout, "no complete response within \(timeout.secondsText)")
            case .remoteConnectionClosed:
                return TransportError(.connectionReset, "the target closed the connection before a complete response")
            case .cancelled:
                return TransportError(.budgetExhausted, "the run's time budget ran out")
            default:
                return TransportError(.other, "\(error)")
            }
        }
        if let error = error as? HTTPParserError {
            if error == .invalidEOFState {
                return TransportError(.invalidResponse, "the connection closed before the body its Content-Length announced")
            }
            return TransportError(.invalidResponse, "not an HTTP response (parser: \(error))")
        }
        let text = "\(error)"
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return TransportError(.connectionRefused, "nothing accepts connections at the target")
            case ECONNRESET, EPIPE: return TransportError(.connectionReset, "the target reset the connection")
            default: return TransportError(.other, text)
            }
        }
        if text.contains("refused") {
            return TransportError(.connectionRefused, "nothing accepts connections at the target")
        }
        return TransportError(.other, text)
    }
}

extension Duration {
    /// `2.5s`.
    var secondsText: String {
        let seconds = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : String(format: "%.3gs", seconds)
    }
}
