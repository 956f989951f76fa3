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
        let bytes = Array(text.utf8)
        let redacted = redact(bytes)
        return redacted == bytes ? text : String(decoding: redacted, as: UTF8.self)
    }

    /// Body bytes with every secret replaced; bytes that are not UTF-8 are searched as they are.
    ///
    /// Secrets are matched byte for byte, as they travel on the wire, left to right and
    /// without overlap; the bytes come back untouched (not copied) when none occurs. A secret
    /// shorter than ``shortSecret`` bytes is replaced only where it stands as a credential, a
    /// whole token (see ``isDelimiter(_:)``): in `Bearer test`, `?key=test`, `"test"`, but not
    /// in `https://test.example` or `contest`, where it is most likely a word, not the secret.
    public func redact(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for secret in secrets {
            let needle = Array(secret.value.utf8)
            result = Redactor.replacing(
                needle, with: Array(secret.placeholder.text.utf8), in: result, wholeTokens: needle.count < Redactor.shortSecret)
        }
        return result
    }

    /// Secrets shorter than this many bytes are replaced only as whole tokens.
    public static let shortSecret = 8

    /// The bytes that end a credential token: ASCII whitespace, quotes, and the separators of
    /// query pairs, header lists and cookies (`=`, `&`, `,`, `;`).
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\""),
            UInt8(ascii: "'"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: ";"):
            true
        default: false
        }
    }

    /// `bytes` with every occurrence of `needle` replaced (with `wholeTokens`, only those
    /// between delimiters or the ends). Runs once per recorded request and response, so it
    /// scans for the first byte before comparing the rest.
    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8], wholeTokens: Bool = false) -> [UInt8] {
        guard let first = needle.first, bytes.count >= needle.count else { return bytes }
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let last = haystack.count - needle.count
                while index <= last {
                    guard haystack[index] == first,
                        memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0,
                        !wholeTokens
                            || ((index == 0 || isDelimiter(haystack[index - 1]))
                                && (index + needle.count == haystack.count || isDelimiter(haystack[index + needle.count])))
                    else {
                        index += 1
                        continue
                    }
                    if output.isEmpty { output.reserveCapacity(haystack.count) }
                    output.append(contentsOf: haystack[copied..<index])
                    output.append(contentsOf: replacement)
                    index += needle.count
                    copied = index
                }
            }
        }
        guard copied > 0 else { return bytes }
        output.append(contentsOf: bytes[copied...])
        return output
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
