/// One HTTP header line as sent or received; names compare case-insensitively.
public struct HeaderField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HeaderField {
    /// The first value of the header `name`, compared case-insensitively as HTTP does.
    public func value(named name: String) -> String? {
        first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of the header `name`, in order.
    public func values(named name: String) -> [String] {
        filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }
}

extension String {
    /// ASCII case-insensitive equality, the comparison HTTP uses for names and tokens.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        // Byte-wise, without lowercased copies: every header lookup of every response runs this.
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { $0.asciiLowercased == $1.asciiLowercased }
    }
}

extension UInt8 {
    /// The byte with ASCII `A`...`Z` mapped to `a`...`z`.
    var asciiLowercased: UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) ? self | 0x20 : self
    }
}
