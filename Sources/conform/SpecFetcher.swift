import AsyncHTTPClient
import ConformCore
import ConformRunner
import Foundation
import NIOCore

/// Loads a spec given by URL (`http://127.0.0.1:8000/openapi.json`), on any host the user
/// names, with a time limit and a size cap so a hanging or endless answer cannot stall a run.
///
/// It lives in the command-line target because it does network I/O; positions in the
/// fetched document name the URL. It fetches through AsyncHTTPClient, which the runner uses
/// anyway, rather than URLSession, whose Linux implementation would tie the installed binary
/// to libcurl.
enum SpecFetcher {
    /// The document set of `spec`: a file path, or an http(s) URL fetched with `headers` (a
    /// spec behind authentication) and the limits of ``fetch(_:headers:timeout:maxBytes:)``.
    /// Every command reads its specs through this.
    static func documents(_ spec: String, headers: [HeaderField] = []) throws(LoadError) -> DocumentSet {
        try read(spec, headers: headers).documents
    }

    /// The document set of `spec` and, for a URL, the bytes fetched (whose digest reports
    /// carry, as they carry a file's).
    static func read(_ spec: String, headers: [HeaderField]) throws(LoadError) -> (documents: DocumentSet, fetched: [UInt8]?) {
        guard isURL(spec) else { return (try DocumentSet.openAPI(spec, from: FileSource()), nil) }
        let bytes = try fetch(spec, headers: headers)
        return (try DocumentSet.openAPI(spec, from: InMemorySource(spec, bytes: bytes)), bytes)
    }

    /// True when `spec` names an http or https URL rather than a file.
    static func isURL(_ spec: String) -> Bool {
        spec.hasPrefix("http://") || spec.hasPrefix("https://")
    }

    /// The bytes at `url`; a failure (unreachable, not 2xx, too large, too slow) is a
    /// positionless `spec.fetch` error. Header values never appear in the message.
    static func fetch(_ url: String, headers: [HeaderField], timeout: Int64 = 30, maxBytes: Int = 64 << 20)
        throws(LoadError) -> [UInt8]
    {
        func failure(_ message: String) -> LoadError {
            LoadError([Diagnostic(.error, "cannot fetch '\(url)': \(message)", code: "spec.fetch", at: nil)])
        }
        var request: HTTPClient.Request
        do {
            request = try HTTPClient.Request(url: url)
        } catch {
            throw failure("not a valid URL")
        }
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        let response: HTTPClient.Response
        do {
            // A synchronous wait on a NIO future: every command loads its specs before it
            // starts anything concurrent, and the event loop runs on its own threads.
            response = try HTTPClient.shared.execute(
                request: request, delegate: ResponseAccumulator(request: request, maxBodySize: maxBytes),
                deadline: .now() + .seconds(timeout)
            ).futureResult.wait()
        } catch is ResponseAccumulator.ResponseTooBigError {
            throw failure("the document is larger than \(maxBytes) bytes")
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw failure("no answer within \(timeout) s")
        } catch let error as IOError {
            throw failure(String(cString: strerror(error.errnoCode)))
        } catch {
            throw failure("\(error)")
        }
        guard (200..<300).contains(response.status.code) else { throw failure("HTTP status \(response.status.code)") }
        return response.body.map { Array($0.readableBytesView) } ?? []
    }
}
