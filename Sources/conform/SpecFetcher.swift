import ConformCore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Loads a spec given by URL (`http://127.0.0.1:8000/openapi.json`), on any host the user
/// names, with a time limit and a size cap so a hanging or endless answer cannot stall a run.
///
/// It lives in the command-line target because it does network I/O; positions in the
/// fetched document name the URL.
enum SpecFetcher {
    /// The document set of `spec`: a file path, or an http(s) URL fetched with the limits of
    /// ``load(_:timeout:maxBytes:)``. Every command reads its specs through this.
    static func documents(_ spec: String) throws(LoadError) -> DocumentSet {
        isURL(spec) ? try DocumentSet(root: load(spec)) : try DocumentSet(path: spec)
    }

    /// True when `spec` names an http or https URL rather than a file.
    static func isURL(_ spec: String) -> Bool {
        spec.hasPrefix("http://") || spec.hasPrefix("https://")
    }

    /// Fetches and loads `url`; a failure (unreachable, not 2xx, too large, too slow) is a
    /// positionless `spec.fetch` error.
    static func load(_ url: String, timeout: TimeInterval = 30, maxBytes: Int = 64 << 20) throws(LoadError)
        -> LoadedDocument
    {
        func failure(_ message: String) -> LoadError {
            LoadError([Diagnostic(.error, "cannot fetch '\(url)': \(message)", code: "spec.fetch", at: nil)])
        }
        guard let address = URL(string: url) else { throw failure("not a valid URL") }
        let collector = Collector(maxBytes: maxBytes)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: collector, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: address).resume()
        guard collector.done.wait(timeout: .now() + timeout + 1) == .success else { throw failure("no answer within \(Int(timeout)) s") }
        let (bytes, status, problem) = collector.result
        if let problem { throw failure(problem) }
        guard (200..<300).contains(status) else { throw failure("HTTP status \(status)") }
        return try DocumentLoader.load(bytes: bytes, file: url)
    }

    /// Gathers the body, cancelling the request once it passes the cap.
    private final class Collector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maxBytes: Int
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var bytes: [UInt8] = []
        private var status = 0
        private var problem: String?

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        var result: ([UInt8], Int, String?) { lock.withLock { (bytes, status, problem) } }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
        ) {
            lock.withLock { status = (response as? HTTPURLResponse)?.statusCode ?? 0 }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            let tooLarge = lock.withLock {
                bytes += data
                if bytes.count > maxBytes { problem = "the document is larger than \(maxBytes) bytes" }
                return problem != nil
            }
            if tooLarge { dataTask.cancel() }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            lock.withLock {
                guard let error, problem == nil else { return }
                problem = (error as? URLError)?.code == .timedOut ? "no answer in time" : error.localizedDescription
            }
            done.signal()
        }
    }
}
