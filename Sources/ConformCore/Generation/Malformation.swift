/// A way a request is broken below the level of the schema: a body that is not a JSON value,
/// a header value the HTTP grammar forbids, a parameter that is not UTF-8 text, credentials
/// that are present but unreadable. Raw values are what case IDs hash and reports print.
public enum Malformation: String, Sendable, Hashable, CaseIterable {
    /// The baseline body with its last byte cut.
    case truncatedJSON = "truncated JSON"
    /// A `,` before the closing bracket.
    case trailingComma = "trailing comma"
    /// A word that is no JSON literal.
    case bareWord = "bare word"
    /// No bytes, where the document requires a body.
    case emptyBody = "empty body"
    /// An XML body sent as a media type the operation does not declare.
    case undeclaredMediaType = "undeclared media type"
    /// A byte that is never UTF-8 (`0xFF`), in a body string or a percent-encoded parameter.
    case invalidUTF8 = "invalid UTF-8"
    /// `\ud800` without its low half (RFC 8259 §8.2: not a Unicode string).
    case loneSurrogate = "lone surrogate"
    /// A raw NUL byte, in a body string or a header value.
    case nul = "NUL"
    /// A raw carriage return in a header value, percent-encoded in a URL.
    case carriageReturn = "CR"
    /// A raw line feed in a header value, percent-encoded in a URL.
    case lineFeed = "LF"
    /// The DEL control character.
    case delete = "DEL"
    /// Arrays nested deeper than any parser needs, one bracket short of closing.
    case deepNesting = "deep nesting"
    /// A string as long as the request size limit allows, never closed.
    case longString = "long string"
    /// `Authorization` with a scheme word no document defines.
    case authorizationScheme = "unknown authorization scheme"
    /// `Authorization` with a scheme word and no credentials after it.
    case authorizationWithoutToken = "authorization without token"
    /// `Authorization` whose token holds spaces (RFC 6750 `b64token` has none).
    case authorizationTokenWithSpaces = "authorization token with spaces"

    /// The character a control-character malformation adds to a value.
    var controlCharacter: Character? {
        switch self {
        case .carriageReturn: return "\r"
        case .lineFeed: return "\n"
        case .nul: return "\0"
        case .delete: return "\u{7F}"
        default: return nil
        }
    }
}
