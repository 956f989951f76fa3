import Foundation
import Hummingbird

/// Checks a request's `Authorization` header against ``SandboxCredentials``.
enum Credentials {
    /// Splits `Scheme value`; the scheme is case-insensitive (RFC 9110).
    private static func authorization(_ request: Request, scheme: String) -> Substring? {
        guard let header = request.headers[.authorization], let space = header.firstIndex(of: " ") else { return nil }
        guard header[..<space].lowercased() == scheme else { return nil }
        return header[header.index(after: space)...].drop { $0 == " " }
    }

    static func hasBearerToken(_ request: Request) -> Bool {
        authorization(request, scheme: "bearer") == Substring(SandboxCredentials.bearerToken)
    }

    /// True for any non-empty bearer token, the sandbox's or not.
    static func hasAnyBearerToken(_ request: Request) -> Bool {
        authorization(request, scheme: "bearer").map { !$0.isEmpty } ?? false
    }

    static func hasBasicCredentials(_ request: Request) -> Bool {
        guard let encoded = authorization(request, scheme: "basic"),
            let data = Data(base64Encoded: String(encoded)),
            let decoded = String(data: data, encoding: .utf8)
        else { return false }
        return decoded == "\(SandboxCredentials.basicUser):\(SandboxCredentials.basicPassword)"
    }
}
