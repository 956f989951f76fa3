import Foundation

/// A media type entry of a request body, response or parameter `content`.
public struct MediaType: Sendable, Hashable {
    /// Encoding rules for one property of a form or multipart body.
    public struct Encoding: Sendable, Hashable {
        public var contentType: String?
        public var style: ParameterStyle?
        public var explode: Bool?
        public var allowReserved: Bool
    }

    /// The media type or range (`application/json`, `text/*`).
    public var name: String
    public var schema: DocumentPointer?
    /// `encoding` by property name (form and multipart bodies).
    public var encoding: [String: Encoding]
    /// Where the media type object is.
    public var pointer: DocumentPointer

    /// True for `application/json` and `+json` types, the ones whose bodies are JSON.
    public var isJSON: Bool { MediaType.isJSON(name) }

    /// The name lowercased and without parameters: `Multipart/Form-Data; boundary=x` is
    /// `multipart/form-data` (see ``essence(of:)``).
    public var essence: String { MediaType.essence(of: name) ?? "" }

    /// True for `application/json`, `application/*+json` and `*/*`-free JSON-like names.
    public static func isJSON(_ name: String) -> Bool {
        if name == "application/json" { return true }
        let essence = essenceBytes(of: name)
        return essence.elementsEqual("application/json".utf8) || essence.reversed().starts(with: "nosj+".utf8)
    }

    /// A media type's essence: the name without parameters, without the spaces and tabs HTTP
    /// allows around it, ASCII lowercased; nil when nothing is left.
    public static func essence(of name: String) -> String? {
        let bytes = essenceBytes(of: name)
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// ``essence(of:)`` as bytes. Byte-wise, without Foundation: the generator asks for every
    /// case it renders and the checks for every response.
    static func essenceBytes(of name: String) -> [UInt8] {
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let head = name.utf8.prefix { $0 != UInt8(ascii: ";") }
        guard let first = head.firstIndex(where: { !isSpace($0) }), let last = head.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return head[first...last].map(\.asciiLowercased)
    }
}
