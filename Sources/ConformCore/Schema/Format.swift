#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `format` values the validator asserts; any other format passes (an annotation).
enum Format: String, Sendable, CaseIterable {
    case int32, int64, float, double
    case dateTime = "date-time"
    case date, time, email, uuid, uri
    case uriReference = "uri-reference"
    case ipv4, ipv6, byte, hostname

    private static let int32Range = (JSONNumber(Int64(Int32.min)), JSONNumber(Int64(Int32.max)))
    private static let int64Range = (JSONNumber(Int64.min), JSONNumber(Int64.max))

    /// The sentence a failure adds after "is not a valid <format>", when a range explains it.
    var rangeNote: String? {
        switch self {
        case .int32: return "(outside -2147483648…2147483647)"
        case .int64: return "(outside -9223372036854775808…9223372036854775807)"
        case .float: return "(outside the finite 32-bit float range)"
        case .double: return "(outside the finite 64-bit double range)"
        default: return nil
        }
    }

    /// True when `value` satisfies the format; values of another JSON type always do.
    func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.int32, .number(let n)):
            if let small = n.int64Value { return Int32(exactly: small) != nil }
            return n >= Format.int32Range.0 && n <= Format.int32Range.1
        case (.int64, .number(let n)):
            if n.int64Value != nil { return true }
            return n >= Format.int64Range.0 && n <= Format.int64Range.1
        case (.float, .number(let n)): return n.isFinite && abs(n.doubleValue) <= Double(Float.greatestFiniteMagnitude)
        case (.double, .number(let n)): return n.isFinite && n.doubleValue.isFinite
        case (_, .string(let text)): return acceptsString(Array(text.utf8))
        default: return true
        }
    }

    private func acceptsString(_ s: [UInt8]) -> Bool {
        switch self {
        case .dateTime: return Format.isDateTime(s)
        case .date: return Format.isDate(s[...])
        case .time: return Format.isTime(s[...])
        case .email: return Format.isEmail(s)
        case .uuid: return Format.isUUID(s)
        case .uri: return URIChecker.isURI(s, requireScheme: true)
        case .uriReference: return URIChecker.isURI(s, requireScheme: false)
        case .ipv4: return Format.isIPv4(s[...])
        case .ipv6: return Format.isIPv6(s)
        case .byte: return Format.isBase64(s)
        case .hostname: return Format.isHostname(s)
        case .int32, .int64, .float, .double: return true
        }
    }

    // MARK: RFC 3339

    private static func digits(_ s: ArraySlice<UInt8>, _ from: Int, _ count: Int) -> Int? {
        var value = 0
        for i in from..<(from + count) {
            guard i < s.endIndex, s[i] >= 48, s[i] <= 57 else { return nil }
            value = value * 10 + Int(s[i] - 48)
        }
        return value
    }

    static func isDate(_ s: ArraySlice<UInt8>) -> Bool {
        let b = s.startIndex
        guard s.count == 10, s[b + 4] == UInt8(ascii: "-"), s[b + 7] == UInt8(ascii: "-"),
            let year = digits(s, b, 4), let month = digits(s, b + 5, 2), let day = digits(s, b + 8, 2),
            (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`; a leap second is valid only at 23:59:60 UTC.
    static func isTime(_ s: ArraySlice<UInt8>) -> Bool {
        let b = s.startIndex
        guard s.count >= 9, s[b + 2] == UInt8(ascii: ":"), s[b + 5] == UInt8(ascii: ":"),
            let hour = digits(s, b, 2), let minute = digits(s, b + 3, 2), let second = digits(s, b + 6, 2),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        var i = b + 8
        if i < s.endIndex, s[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < s.endIndex, s[i] >= 48, s[i] <= 57 { i += 1 }
            guard i > start else { return false }
        }
        guard i < s.endIndex else { return false }
        var offset = 0
        switch s[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard i + 1 == s.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard s.endIndex - i == 6, s[i + 3] == UInt8(ascii: ":"),
                let oh = digits(s, i + 1, 2), let om = digits(s, i + 4, 2), oh <= 23, om <= 59
            else { return false }
            offset = (oh * 60 + om) * (s[i] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offset) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    static func isDateTime(_ s: [UInt8]) -> Bool {
        guard s.count > 11, s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: "t") else { return false }
        return isDate(s[0..<10]) && isTime(s[11...])
    }

    // MARK: Other formats

    static func isUUID(_ s: [UInt8]) -> Bool {
        guard s.count == 36 else { return false }
        for (i, c) in s.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                guard c == UInt8(ascii: "-") else { return false }
            } else if !isHex(c) {
                return false
            }
        }
        return true
    }

    static func isHex(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
    }

    /// Dotted quad, each part 0...255 without leading zeros.
    static func isIPv4(_ s: ArraySlice<UInt8>) -> Bool {
        let parts = s.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                part.count == 1 || part.first != 48,
                let value = Int(String(decoding: part, as: UTF8.self)), value <= 255
            else { return false }
        }
        return true
    }

    /// RFC 4291 text forms, through the C library's parser (no zone index).
    static func isIPv6(_ s: [UInt8]) -> Bool {
        guard s.allSatisfy({ $0 < 128 && $0 != UInt8(ascii: "%") }) else { return false }
        var address = in6_addr()
        let text = String(decoding: s, as: UTF8.self)
        return inet_pton(AF_INET6, text, &address) == 1
    }

    /// RFC 4648 base64 with padding.
    static func isBase64(_ s: [UInt8]) -> Bool {
        guard s.count % 4 == 0 else { return false }
        var padding = 0
        for (i, c) in s.enumerated() {
            if c == UInt8(ascii: "=") {
                padding += 1
                guard i >= s.count - 2 else { return false }
            } else {
                guard padding == 0 else { return false }
                let ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
                    || c == UInt8(ascii: "+") || c == UInt8(ascii: "/")
                guard ok else { return false }
            }
        }
        return true
    }

    /// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens.
    static func isHostname(_ s: [UInt8]) -> Bool {
        let name = s[...]
        guard !name.isEmpty, name.count <= 253 else { return false }
        for label in name.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-"),
                label.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") })
            else { return false }
        }
        return true
    }

    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    }

    /// RFC 5321 mailbox: dot-atom or quoted local part, host name or address literal.
    static func isEmail(_ s: [UInt8]) -> Bool {
        guard let at = s.lastIndex(of: UInt8(ascii: "@")), at > 0, at < s.count - 1 else { return false }
        let local = s[..<at]
        let domain = s[(at + 1)...]
        if local.first == UInt8(ascii: "\""), local.last == UInt8(ascii: "\""), local.count >= 2 {
            // quoted-string: printable ASCII, with backslash escapes.
            var escaped = false
            for c in local.dropFirst().dropLast() {
                if escaped { escaped = false; continue }
                if c == UInt8(ascii: "\\") { escaped = true; continue }
                guard c >= 32, c < 127, c != UInt8(ascii: "\"") else { return false }
            }
            guard !escaped else { return false }
        } else {
            let atext = Array("!#$%&'*+-/=?^_`{|}~".utf8)
            guard local.first != UInt8(ascii: "."), local.last != UInt8(ascii: ".") else { return false }
            var previousDot = false
            for c in local {
                if c == UInt8(ascii: ".") {
                    guard !previousDot else { return false }
                    previousDot = true
                    continue
                }
                previousDot = false
                guard isAlphanumeric(c) || atext.contains(c) || c >= 128 else { return false }
            }
        }
        if domain.first == UInt8(ascii: "["), domain.last == UInt8(ascii: "]") {
            let literal = domain.dropFirst().dropLast()
            let ipv6Tag = Array("IPv6:".utf8)
            if literal.starts(with: ipv6Tag) { return isIPv6(Array(literal.dropFirst(ipv6Tag.count))) }
            return isIPv4(literal)
        }
        return isHostname(Array(domain))
    }
}
