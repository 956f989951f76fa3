import ConformCore
import Foundation

/// Turns a case into a request on the wire and the response into a judged ``Exchange``:
/// credentials, the time budget, the rate limit and 429 retries live here.
struct Sender: Sendable {
    let runner: Runner
    let transport: HTTPTransport
    let deadline: ContinuousClock.Instant?
    let limiter: RateLimiter?

    /// Retries of a 429 under a rate limit, before its answer is kept.
    static let retriesOf429 = 3

    /// Sends `runCase` and runs the exchange checks on the answer; nil when the budget ran
    /// out before it could be sent.
    func send(_ runCase: RunCase, purpose: Exchange.Purpose) async -> Runner.Sent? {
        guard let exchange = await exchange(for: runCase, purpose: purpose) else { return nil }
        return Runner.Sent(
            exchange: exchange, findings: runner.suite.findings(in: exchange), testCase: runCase.testCase,
            judged: runner.suite.judging(exchange))
    }

    /// Sends `runCase` and records the exchange, unjudged; a probe's purpose says which
    /// credentials go with it.
    func exchange(for runCase: RunCase, purpose: Exchange.Purpose) async -> Exchange? {
        guard let operation = runner.document.operation(withID: runCase.operationID) else { return nil }
        let configuration = runner.configuration
        let mode: Credentials.Mode = purpose == .unauthenticated ? .none : purpose == .wrongCredentials ? .wrong : .given
        let applied = configuration.credentials.apply(to: operation, schemes: runner.document.securitySchemes, mode: mode)
        var headers = runCase.headers
        if runCase.body != nil, let mediaType = runCase.mediaType, headers.value(named: "Content-Type") == nil {
            headers.append(HeaderField("Content-Type", mediaType))
        }
        // A case that sends its own Authorization (malformed credentials) keeps it.
        let ownsAuthorization = headers.value(named: "Authorization") != nil
        headers += applied.headers.filter { !ownsAuthorization || $0.name.lowercased() != "authorization" }
        let cookies = runCase.cookies + applied.cookies
        if !cookies.isEmpty {
            headers.append(HeaderField("Cookie", cookies.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")))
        }
        let url = configuration.target.url(for: operation, path: runCase.path, query: runCase.query + applied.query)
        let request = SentRequest(method: runCase.method, url: url, headers: headers, body: runCase.body)

        var attempt = 0
        while true {
            guard let timeout = timeLeft(for: runCase.operationID) else { return nil }
            if let limiter {
                do { try await limiter.acquire() } catch { return nil }
            }
            let start = ContinuousClock.now
            let outcome = await transport.send(
                method: request.method, url: request.url, headers: request.headers, body: request.body, timeout: timeout)
            let duration = ContinuousClock.now - start
            if let limiter, attempt < Sender.retriesOf429, case .success(let response) = outcome, response.status == 429 {
                attempt += 1
                await limiter.pause(for: Sender.retryDelay(response.headers.value(named: "Retry-After")))
                continue
            }
            return Exchange(
                caseID: runCase.id, operationID: runCase.operationID, seed: runCase.seed,
                expectation: runCase.expectation, purpose: purpose, authenticated: applied.authenticated,
                request: runner.redactor.redact(request), outcome: outcome, duration: duration)
        }
    }

    /// The operation's per-request timeout, shortened to what is left of the budget; nil when
    /// none is left.
    func timeLeft(for operationID: String) -> Duration? {
        let timeout = runner.configuration.timeout(for: operationID)
        guard let deadline else { return timeout }
        let left = deadline - ContinuousClock.now
        guard left > .zero else { return nil }
        return min(left, timeout)
    }

    /// How long a `Retry-After` asks to wait (seconds or an HTTP date), one second when it
    /// says nothing usable, a minute at most.
    static func retryDelay(_ value: String?, now: Date = Date()) -> Duration {
        let fallback = Duration.seconds(1)
        guard let value = value?.trimmingCharacters(in: .whitespaces) else { return fallback }
        var seconds: Double?
        if let number = Double(value), number >= 0 {
            seconds = number
        } else {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            seconds = formatter.date(from: value).map { max(0, $0.timeIntervalSince(now)) }
        }
        guard let seconds else { return fallback }
        return .milliseconds(Int64(min(seconds, 60) * 1000))
    }
}
