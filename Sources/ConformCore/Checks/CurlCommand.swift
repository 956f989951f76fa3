import Foundation

/// A POSIX shell command line that sends a recorded request again with curl.
///
/// Literal text is single-quoted (a `'` becomes `'\''`), so nothing in a URL, header or
/// JSON body is expanded by the shell; redaction placeholders that name environment
/// variables are double-quoted so the shell fills them in. A body that is not UTF-8 or holds
/// a NUL byte is piped in from `printf` with octal escapes.
public enum CurlCommand {
    /// The command for `request` (already redacted by `redactor`).
    public static func line(for request: SentRequest, redactor: Redactor) -> String {
        let expansions = redactor.shellExpansions
        func quote(_ text: String) -> String { CurlCommand.quote(text, expansions: expansions) }
        var parts = ["curl"]
        switch request.method {
        case "GET": break
        case "HEAD": parts.append("--head")
        default: parts += ["-X", request.method]
        }
        parts.append(quote(request.url))
        for header in request.headers {
            parts += ["-H", quote("\(header.name): \(header.value)")]
        }
        guard let body = request.body else { return parts.joined(separator: " ") }
        if let text = String(validating: body, as: UTF8.self), !body.contains(0) {
            parts += ["--data-binary", quote(text)]
            return parts.joined(separator: " ")
        }
        parts += ["--data-binary", "@-"]
        return "printf '\(octalEscaped(body))' | " + parts.joined(separator: " ")
    }

    /// `text` as one shell word: literal runs single-quoted, placeholders double-quoted.
    static func quote(_ text: String, expansions: [String]) -> String {
        var words: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let next = expansions.compactMap { expansion in
                rest.range(of: expansion).map { (range: $0, text: expansion) }
            }.min { $0.range.lowerBound < $1.range.lowerBound }
            guard let next else {
                words.append(singleQuoted(rest))
                break
            }
            if next.range.lowerBound > rest.startIndex {
                words.append(singleQuoted(rest[..<next.range.lowerBound]))
            }
            words.append("\"\(next.text)\"")
            rest = rest[next.range.upperBound...]
        }
        return words.isEmpty ? "''" : words.joined()
    }

    /// A literal run, left bare when it holds only characters no shell treats specially.
    static func singleQuoted(_ text: Substring) -> String {
        let safe = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./:=@%+,".unicodeScalars.contains(scalar))
        }
        if safe && !text.isEmpty { return String(text) }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Bytes as a `printf` format: printable ASCII as itself, everything else (and `\`, `'`
    /// and `%`) as a three-digit octal escape.
    static func octalEscaped(_ bytes: [UInt8]) -> String {
        var result = ""
        for byte in bytes {
            if (0x20..<0x7F).contains(byte), byte != UInt8(ascii: "\\"), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "%") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let octal = String(byte, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            }
        }
        return result
    }
}
