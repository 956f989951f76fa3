/// RFC 3986 percent-encoding for parameter values, form bodies and credentials: the one encoder
/// of the generator and the runner.
public enum PercentEncoding {
    /// By byte: 1 unreserved, 2 reserved, 0 otherwise (a table: every rendered case encodes).
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8 { table[Int(byte)] = 1 }
        for byte in ":/?#[]@!$&'()*+,;=".utf8 { table[Int(byte)] = 2 }
        return table
    }()
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// `text` with every byte outside the unreserved set (and, with `allowReserved`, the
    /// reserved set) written as `%XX`.
    public static func encode(_ text: String, allowReserved: Bool = false) -> String {
        let limit: UInt8 = allowReserved ? 2 : 1
        guard text.utf8.contains(where: { let kind = classes[Int($0)]; return kind == 0 || kind > limit }) else {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            let kind = classes[Int(byte)]
            if kind != 0 && kind <= limit {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
