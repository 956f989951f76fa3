import Foundation

/// The shape of a random token as two samples show it: a fixed prefix, then characters of
/// one alphabet, of a fixed length when both samples have it. Written `cs_test_[A-Za-z0-9]{24}`
/// (or with `+` for a varying length); a placeholder `<id:cs_test_[A-Za-z0-9]{24}>` accepts
/// only values of that shape.
public struct IDShape: Sendable, Hashable, CustomStringConvertible {
    /// The characters every sample starts with, up to and including its last separator
    /// (`cs_test_`), so that a chance shared first random character is not taken for prefix.
    public var prefix: String
    /// A character class from ``alphabets``.
    public var alphabet: String
    /// The length after the prefix; nil when the samples differ in it.
    public var length: Int?

    /// The classes a learned shape may use, narrowest first: the first that holds every
    /// random character seen is taken.
    public static let alphabets = [
        "0-9", "0-9a-f", "0-9A-F", "a-z", "A-Z", "0-9a-z", "0-9A-Z", "A-Za-z", "A-Za-z0-9", "A-Za-z0-9_-",
    ]

    /// The shape both samples have; nil when they share no alphabet of ``alphabets`` or one
    /// has nothing after the prefix.
    public init?(samples first: String, _ second: String) {
        // Only a prefix that ends at a separator is fixed: `cs_test_`, never `cs_test_a`.
        let shared = String(zip(first, second).prefix { $0 == $1 }.map(\.0))
        let cut = shared.lastIndex { !$0.isLetter && !$0.isNumber }.map { shared.index(after: $0) } ?? shared.startIndex
        let prefix = String(shared[..<cut])
        let rests = [first, second].map { $0.dropFirst(prefix.count) }
        guard rests.allSatisfy({ !$0.isEmpty }),
            let alphabet = IDShape.alphabets.first(where: { alphabet in
                rests.allSatisfy { $0.unicodeScalars.allSatisfy { IDShape.contains(alphabet, $0) } }
            })
        else { return nil }
        self.prefix = prefix
        self.alphabet = alphabet
        length = rests[0].count == rests[1].count ? rests[0].count : nil
    }

    /// Reads a placeholder name `id:PREFIX[CLASS]{N}` or `id:PREFIX[CLASS]+`; nil for any other.
    public init?(name: String) {
        guard name.hasPrefix("id:"), let open = name.lastIndex(of: "["),
            let close = name[open...].firstIndex(of: "]")
        else { return nil }
        let alphabet = String(name[name.index(after: open)..<close])
        let tail = name[name.index(after: close)...]
        guard IDShape.alphabets.contains(alphabet) else { return nil }
        if tail == "+" {
            length = nil
        } else if tail.hasPrefix("{"), tail.hasSuffix("}"), let count = Int(tail.dropFirst().dropLast()), count > 0 {
            length = count
        } else {
            return nil
        }
        prefix = String(name[name.index(name.startIndex, offsetBy: 3)..<open])
        self.alphabet = alphabet
    }

    /// `cs_test_[A-Za-z0-9]{24}`.
    public var description: String { prefix + "[\(alphabet)]" + (length.map { "{\($0)}" } ?? "+") }

    /// The regex of the shape, unanchored.
    public var regex: String { NSRegularExpression.escapedPattern(for: prefix) + "[\(alphabet)]" + (length.map { "{\($0)}" } ?? "+") }

    /// True when all of `text` has the shape.
    public func matches(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let rest = text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        return !rest.isEmpty && (length.map { rest.count == $0 } ?? true)
            && rest.allSatisfy { IDShape.contains(alphabet, $0) }
    }

    /// True when `scalar` is in the class `alphabet` (one of ``alphabets``).
    static func contains(_ alphabet: String, _ scalar: Unicode.Scalar) -> Bool {
        let ranges: [ClosedRange<Unicode.Scalar>] = [
            alphabet.contains("0-9") ? "0"..."9" : nil,
            alphabet.contains("a-z") ? "a"..."z" : (alphabet.contains("a-f") ? "a"..."f" : nil),
            alphabet.contains("A-Z") ? "A"..."Z" : (alphabet.contains("A-F") ? "A"..."F" : nil),
        ].compactMap { $0 }
        return ranges.contains { $0.contains(scalar) } || (alphabet.hasSuffix("_-") && (scalar == "_" || scalar == "-"))
    }
}
