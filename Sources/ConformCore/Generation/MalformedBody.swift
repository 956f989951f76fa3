/// The bytes of a malformed JSON body, made from the baseline body so that everything but
/// the one defect is what the operation expects.
enum MalformedBody {
    /// The string a body defect replaces: the first string of the baseline body, or a
    /// member added for it.
    static let marker = "conform-malformed"

    /// The smallest size ``deepNesting`` and ``longString`` shrink to.
    static let smallestSize = 2

    /// The bytes for `malformation` (a body one) given the baseline `body`; `size` is the
    /// nesting depth or the string length where the malformation has one.
    static func bytes(_ malformation: Malformation, body: JSONValue, size: Int) -> [UInt8] {
        let compact = body.compactBytes
        switch malformation {
        case .truncatedJSON:
            let cut = Array(compact.dropLast())
            // A number loses a digit and stays JSON (`12` → `1`): an array left open does not.
            return (try? JSONBodyParser.parse(cut)) == nil ? cut : Array("[".utf8) + compact
        case .trailingComma:
            // `{}` becomes `{,}`: the comma alone is the defect.
            if let last = compact.last, last == UInt8(ascii: "}") || last == UInt8(ascii: "]") {
                return compact.dropLast() + Array(",".utf8) + [last]
            }
            return Array("[".utf8) + compact + Array(",]".utf8)
        case .bareWord:
            return Array("undefined".utf8)
        case .emptyBody:
            return []
        case .undeclaredMediaType:
            return Array("<?xml version=\"1.0\"?><conform/>".utf8)
        case .invalidUTF8:
            return insideString(body, Array("conform".utf8) + [0xFF])
        case .loneSurrogate:
            return insideString(body, Array("conform\\ud800".utf8))
        case .nul:
            return insideString(body, Array("conform".utf8) + [0x00])
        case .deepNesting:
            return [UInt8](repeating: UInt8(ascii: "["), count: size) + [UInt8](repeating: UInt8(ascii: "]"), count: size - 1)
        case .longString:
            return [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "a"), count: size)
        case .carriageReturn, .lineFeed, .delete, .authorizationScheme, .authorizationWithoutToken,
            .authorizationTokenWithSpaces:
            preconditionFailure("\(malformation.rawValue) is not a body malformation")
        }
    }

    /// The size of a sized body as made by ``bytes(_:body:size:)``, read back for shrinking.
    static func size(of malformation: Malformation, bytes: [UInt8]) -> Int? {
        switch malformation {
        case .deepNesting: return (bytes.count + 1) / 2
        case .longString: return bytes.count - 1
        default: return nil
        }
    }

    /// The body with the text of its first string replaced by `content` (raw bytes, placed
    /// between the quotes); a body without strings gets a `conform` member, or becomes a
    /// one-string array.
    static func insideString(_ body: JSONValue, _ content: [UInt8]) -> [UInt8] {
        let marked: JSONValue
        if let pointer = firstString(in: body, at: .root) {
            marked = body.setting(pointer, to: .string(marker))
        } else if var object = body.objectValue {
            object["conform"] = .string(marker)
            marked = .object(object)
        } else {
            marked = .array([.string(marker)])
        }
        let text = marked.compactBytes
        let needle = Array(marker.utf8)
        guard let start = (0...(text.count - needle.count)).first(where: { text[$0..<$0 + needle.count].elementsEqual(needle) })
        else { return text }
        return Array(text[..<start]) + content + Array(text[(start + needle.count)...])
    }

    /// The pointer of the first string in `value`, depth first in member order.
    static func firstString(in value: JSONValue, at pointer: JSONPointer) -> JSONPointer? {
        switch value {
        case .string: return pointer
        case .object(let object):
            for (key, member) in object {
                if let found = firstString(in: member, at: pointer.appending(key)) { return found }
            }
            return nil
        case .array(let items):
            for (index, item) in items.enumerated() {
                if let found = firstString(in: item, at: pointer.appending(index)) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
