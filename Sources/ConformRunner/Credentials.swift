import ConformCore
import Foundation

/// The credentials of a run and how they go on a request, per the operation's security.
///
/// A bearer token serves `http` schemes with scheme `bearer`, a `user:password` pair those
/// with scheme `basic`; an `apiKey` scheme is served by a `--header` of the same name, moved
/// to the query or a cookie when the scheme says so. Other `--header`s go on every request.
public struct Credentials: Sendable {
    /// A bearer token and the environment variable it came from.
    public var bearer: (token: String, variable: String)?
    /// A `user:password` pair and the environment variable it came from.
    public var basic: (userPassword: String, variable: String)?
    /// `--header` lines; their values are treated as secrets.
    public var headers: [HeaderField]

    public init(
        bearer: (token: String, variable: String)? = nil, basic: (userPassword: String, variable: String)? = nil,
        headers: [HeaderField] = []
    ) {
        self.bearer = bearer
        self.basic = basic
        self.headers = headers
    }

    /// The redactor for these secrets: environment variables by name, `--header` values masked.
    public var redactor: Redactor {
        var secrets: [Redactor.Secret] = []
        if let bearer { secrets.append(.init(bearer.token, as: .variable(bearer.variable))) }
        if let basic {
            secrets.append(.init(Credentials.base64(basic.userPassword), as: .base64OfVariable(basic.variable)))
            secrets.append(.init(basic.userPassword, as: .variable(basic.variable)))
        }
        for header in headers {
            secrets.append(.init(header.value, as: .masked))
            // An API key moved to the query travels percent-encoded.
            secrets.append(.init(Credentials.percentEncoded(header.value), as: .masked))
        }
        return Redactor(secrets: secrets)
    }

    /// What to add to a request for `operation`.
    struct Applied {
        var headers: [HeaderField] = []
        var query: [(name: String, value: String)] = []
        var cookies: [(name: String, value: String)] = []
        /// True when a security requirement was met with credentials.
        var authenticated = false
    }

    /// The additions for `operation`: the first security alternative whose every scheme
    /// these credentials serve; with `anonymous`, none of the credentials at all.
    func apply(to operation: ConformCore.Operation, schemes: [String: SecurityScheme], anonymous: Bool = false) -> Applied {
        var applied = Applied()
        let schemeHeaderNames = Set(schemes.values.compactMap { scheme -> String? in
            if case .apiKey(let name, _) = scheme.kind { return name.lowercased() }
            return nil
        })
        if !anonymous {
            // Plain `--header`s that are not some scheme's API key go everywhere.
            applied.headers = headers.filter { !schemeHeaderNames.contains($0.name.lowercased()) }
        }
        guard !anonymous else { return applied }
        for requirement in operation.security where !requirement.isAnonymous {
            var candidate = Applied(headers: applied.headers)
            let served = requirement.schemes.allSatisfy { entry in
                guard let scheme = schemes[entry.name] else { return false }
                return serve(scheme, into: &candidate)
            }
            if served {
                candidate.authenticated = true
                return candidate
            }
        }
        return applied
    }

    /// Adds what `scheme` needs to `applied`; false when these credentials cannot serve it.
    private func serve(_ scheme: SecurityScheme, into applied: inout Applied) -> Bool {
        switch scheme.kind {
        case .http(let name) where name == "bearer":
            guard let bearer else { return false }
            applied.headers.append(HeaderField("Authorization", "Bearer \(bearer.token)"))
        case .http(let name) where name == "basic":
            guard let basic else { return false }
            applied.headers.append(HeaderField("Authorization", "Basic \(Credentials.base64(basic.userPassword))"))
        case .apiKey(let name, let location):
            guard let value = headers.value(named: name) else { return false }
            switch location {
            case .header: applied.headers.append(HeaderField(name, value))
            case .query: applied.query.append((Credentials.percentEncoded(name), Credentials.percentEncoded(value)))
            case .cookie: applied.cookies.append((name, value))
            case .path: return false
            }
        default:
            return false
        }
        return true
    }

    /// `text` with everything but RFC 3986 unreserved characters percent-encoded.
    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
