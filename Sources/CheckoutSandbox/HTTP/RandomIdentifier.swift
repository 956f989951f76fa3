/// Random identifiers for created resources.
enum RandomIdentifier {
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `count` characters from [A-Za-z0-9], e.g. for Stripe's `cs_test_` ids.
    static func alphanumeric(_ count: Int) -> String {
        pick(count, from: alphanumerics)
    }

    /// `count` lowercase hexadecimal digits, e.g. for Quaderno permalinks.
    static func hex(_ count: Int) -> String {
        pick(count, from: hexDigits)
    }

    private static func pick(_ count: Int, from alphabet: [UInt8]) -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        // One 64-bit draw yields eight picks; the modulo bias is irrelevant for test ids.
        while bytes.count < count {
            var word = generator.next()
            for _ in 0..<min(8, count - bytes.count) {
                bytes.append(alphabet[Int(word & 0xFF) % alphabet.count])
                word >>= 8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
