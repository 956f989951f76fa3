import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `conform run URL --spec-header 'K: V'`: a spec behind authentication is fetched with the
/// header, and without it the fetch fails as invalid input.
@Suite("conform run with a URL spec behind authentication")
struct SpecHeaderTests {
    @Test func theSpecIsFetchedWithTheHeader() throws {
        let spec = try String(
            contentsOf: ConformCommand.packageRoot.appendingPathComponent("specs/stripe-checkout.yaml"), encoding: .utf8)
        let server = try SpecServer(body: spec, authorization: "Bearer s3cret")
        let url = "http://127.0.0.1:\(server.port)/openapi.yaml"
        let scratch = try ConformCommand.scratchFolder().path
        let run = ["run", url, "--target", "sandbox", "--checks", "status_code", "--quiet", "--reports", scratch]
        #expect(try ConformCommand.run(run) == .init(
            status: 2, output: "", errors: "error: cannot fetch '\(url)': HTTP status 401 [spec.fetch]\n"))
        let outcome = try ConformCommand.run(run + ["--spec-header", "Authorization: Bearer s3cret"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("1 spec: 79 cases, 79 requests, 0 findings, 0 errors, 1 of 1 operation exercised in "))
    }
}

/// A one-file HTTP server on a loopback port: 200 with `body` to a request carrying the
/// `Authorization` value, 401 otherwise; it serves until the test process ends.
struct SpecServer {
    let port: UInt16

    init(body: String, authorization: String) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(listener, address, length) == 0 && listen(listener, 8) == 0
                    && getsockname(listener, address, &length) == 0
            }
        }
        try #require(bound, "cannot listen on 127.0.0.1")
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread {
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else { return }
                var request = [UInt8]()
                var buffer = [UInt8](repeating: 0, count: 4096)
                while !String(decoding: request, as: UTF8.self).contains("\r\n\r\n") {
                    let count = read(connection, &buffer, buffer.count)
                    guard count > 0 else { break }
                    request += buffer[0..<count]
                }
                let authorized = String(decoding: request, as: UTF8.self).lowercased()
                    .contains("\r\nauthorization: \(authorization.lowercased())\r\n")
                let content = authorized ? body : ""
                let response = "HTTP/1.1 \(authorized ? "200 OK" : "401 Unauthorized")\r\nContent-Length: "
                    + "\(content.utf8.count)\r\nConnection: close\r\n\r\n" + content
                Array(response.utf8).withUnsafeBytes { bytes in
                    var sent = 0
                    while sent < bytes.count {
                        let count = write(connection, bytes.baseAddress! + sent, bytes.count - sent)
                        guard count > 0 else { break }
                        sent += count
                    }
                }
                close(connection)
            }
        }
        thread.start()
    }
}
