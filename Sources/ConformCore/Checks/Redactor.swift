import Foundation

/// The one place secrets leave the runner: every text that reaches an output (a recorded
/// request, a message, a curl line) goes through ``redact(_:)``.
public struct Redactor: Sendable {
    /// What a secret turns into.
    public enum Placeholder: Sendable, Hashable {
        /// The environment variable the secret came from: `$NAME`, so a curl line still works.
        case variable(String)
        /// The Base64 form of a `user:password` variable, as HTTP Basic sends it.
        case base64OfVariable(String)
        /// A value with no variable to name (from `--header`): `***`.
        case masked

        /// The text written in place of the secret.
        public var text: String {
            switch self {
            case .variable(let name): return "$\(name)"
            case .base64OfVariable(let name): return "$(printf %s \"$\(name)\" | base64 | tr -d '\\n')"
            case .masked: return "***"
            }
        }

        /// True when ``text`` is a shell expansion that a curl line leaves unquoted-by-single-quotes.
        public var isShellExpansion: Bool { self != .masked }
    }

    /// One secret value and its placeholder.
    public struct Secret: Sendable, Hashable {
        public var value: String
        public var placeholder: Placeholder

        public init(_ value: String, as placeholder: Placeholder) {
            self.value = value
            self.placeholder = placeholder
        }
    }

    /// Secrets, longest value first so a secret inside another is not half-replaced.
    public let secrets: [Secret]

    public init(secrets: [Secret] = []) {
        self.secrets = secrets.filter { !$0.value.isEmpty }.sorted { $0.value.count > $1.value.count }
    }

    /// A redactor that knows every secret of both.
    public func merging(_ other: Redactor) -> Redactor {
        Redactor(secrets: secrets + other.secrets)
    }

    /// `text` with every secret replaced by its placeholder.
    public func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var result = text
        for secret in secrets where result.contains(secret.value) {
            result = result.replacingOccurrences(of: secret.value, with: secret.placeholder.text)
        }
        return result
    }

    /// Body bytes with every secret replaced; bytes that are not UTF-8 are searched as they are.
    public func redact(_ bytes: [UInt8]) -> [UInt8] {
        guard !secrets.isEmpty else { return bytes }
        var result = bytes
        for secret in secrets {
            let needle = Array(secret.value.utf8)
            let replacement = Array(secret.placeholder.text.utf8)
            result = result.replacing(needle, with: replacement)
        }
        return result
    }

    /// The request with secrets redacted in the URL, every header value and the body.
    public func redact(_ request: SentRequest) -> SentRequest {
        SentRequest(
            method: request.method, url: redact(request.url),
            headers: request.headers.map { HeaderField($0.name, redact($0.value)) },
            body: request.body.map(redact))
    }

    /// The placeholder texts that are shell expansions, for the curl quoting.
    var shellExpansions: [String] {
        secrets.map(\.placeholder).filter(\.isShellExpansion).map(\.text)
    }
}
