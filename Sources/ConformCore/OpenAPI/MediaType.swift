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

    /// True for `application/json`, `application/*+json` and `*/*`-free JSON-like names.
    public static func isJSON(_ name: String) -> Bool {
        // Byte-wise: the generator asks this for every case it renders.
        if name == "application/json" { return true }
        var essence = name.utf8.prefix { $0 != UInt8(ascii: ";") }[...]
        while essence.first == UInt8(ascii: " ") || essence.first == UInt8(ascii: "\t") { essence = essence.dropFirst() }
        while essence.last == UInt8(ascii: " ") || essence.last == UInt8(ascii: "\t") { essence = essence.dropLast() }
        let lower = essence.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return lower.elementsEqual("application/json".utf8) || lower.reversed().starts(with: "nosj+".utf8)
    }
}
