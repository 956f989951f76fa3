import Foundation

/// The key of a `responses` entry: an exact status, a class such as `2XX`, or `default`.
public enum StatusKey: Sendable, Hashable, Comparable {
    case code(Int)
    /// The hundreds digit of a `1XX`…`5XX` range.
    case range(Int)
    case `default`

    /// Parses `"200"`, `"2XX"` (any case) or `"default"`.
    public init?(_ text: String) {
        if text == "default" {
            self = .default
        } else if text.count == 3, let first = text.first?.wholeNumberValue, (1...5).contains(first),
            text.dropFirst().uppercased() == "XX"
        {
            self = .range(first)
        } else if text.count == 3, let code = Int(text), (100...599).contains(code) {
            self = .code(code)
        } else {
            return nil
        }
    }

    /// True when the key covers `status`.
    public func matches(_ status: Int) -> Bool {
        switch self {
        case .code(let code): return code == status
        case .range(let digit): return status / 100 == digit
        case .default: return true
        }
    }

    /// Exact codes first, then ranges, then `default`: the order in which keys match.
    public static func < (lhs: StatusKey, rhs: StatusKey) -> Bool {
        switch (lhs, rhs) {
        case let (.code(a), .code(b)): return a < b
        case let (.range(a), .range(b)): return a < b
        case (.code, _): return true
        case (.range, .default): return true
        default: return false
        }
    }
}

extension StatusKey: CustomStringConvertible {
    public var description: String {
        switch self {
        case .code(let code): return String(code)
        case .range(let digit): return "\(digit)XX"
        case .default: return "default"
        }
    }
}

/// One documented response of an operation.
public struct Response: Sendable, Hashable {
    public var status: StatusKey
    public var description: String
    /// Headers by name (lowercased keys are not assumed: use ``header(named:)``).
    public var headers: [Header]
    /// Media types in document order.
    public var content: [MediaType]
    public var links: [Link]
    /// Where the response object is (after `$ref`).
    public var pointer: DocumentPointer

    /// The header with `name`, compared case-insensitively as HTTP does.
    public func header(named name: String) -> Header? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
