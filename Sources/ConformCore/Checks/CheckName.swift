import Foundation

/// The checks a run can apply, by the name `--checks` and reports use (`Check` alone is
/// the schema compiler's name for a compiled keyword).
public enum CheckName: String, Sendable, Hashable, CaseIterable, Comparable {
    case serverError = "server_error"
    case statusCode = "status_code"
    case contentType = "content_type"
    case responseSchema = "response_schema"
    case responseHeaders = "response_headers"
    case negativeRejected = "negative_rejected"
    case positiveAccepted = "positive_accepted"
    case authEnforced = "auth_enforced"
    case resourceLifecycle = "resource_lifecycle"
    case goldenMismatch = "golden_mismatch"

    /// One line on what the check finds, as the README's table gives it.
    public var summary: String {
        switch self {
        case .serverError: return "a 5XX answer to any case, even where the document lists 500"
        case .statusCode: return "a status the operation does not document (exact code, range or default)"
        case .contentType: return "a Content-Type the matched response does not document"
        case .responseSchema: return "a body that is not JSON or breaks the schema of its response and media type"
        case .responseHeaders: return "a required response header missing, or a documented header breaking its schema"
        case .negativeRejected: return "an invalid case, or a malformed one the document cannot accept, answered 2XX"
        case .positiveAccepted:
            return "a valid case answered 4XX other than 401, 403, 404, 409 or 429 (401 counts when credentials were sent)"
        case .authEnforced:
            return "an operation that requires credentials answering other than 401 or 403 without them or with wrong ones"
        case .resourceLifecycle:
            return "a created resource that cannot be read back as created or after a change, or is still served after DELETE"
        case .goldenMismatch: return "a response that differs from its recorded golden record, or has none under --record never"
        }
    }

    /// Parses a comma-separated `--checks` list; throws the first unknown name.
    public static func parseList(_ text: String) throws(UnknownCheck) -> Set<CheckName> {
        var result: Set<CheckName> = []
        for name in text.split(separator: ",") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let check = CheckName(rawValue: trimmed) else { throw UnknownCheck(name: trimmed) }
            result.insert(check)
        }
        return result
    }

    public static func < (lhs: CheckName, rhs: CheckName) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A `--checks` name that is not a ``CheckName``.
public struct UnknownCheck: Error, Sendable, CustomStringConvertible {
    public var name: String
    public var description: String {
        "unknown check '\(name)'; known checks: \(CheckName.allCases.map(\.rawValue).joined(separator: ", "))"
    }
}
