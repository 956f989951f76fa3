import ConformCore
import Foundation

/// The credentials of a run and how they go on a request, per the operation's security.
///
/// A bearer token serves `http` schemes with scheme `bearer`, a `user:password` pair those
/// with scheme `basic`, and an `Authorization` `--header` whose scheme word (`Bearer`,
/// `Basic`, any other) names an `http` scheme's scheme, case-insensitive, serves that scheme
/// as well. An `apiKey` scheme is served by a `--header` of the same name, moved to the query
/// or a cookie when the scheme says so. Other `--header`s go on every request.
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
            if let token = Credentials.authorization(header)?.token { secrets.append(.init(token, as: .masked)) }
            // An API key moved to the query travels percent-encoded.
            secrets.append(.init(PercentEncoding.encode(header.value), as: .masked))
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

    /// Which credentials go with a request.
    enum Mode: Sendable {
        /// The run's credentials.
        case given
        /// None at all, not even the plain `--header`s.
        case none
        /// A wrong value of the same scheme for each credential (a token no server issued).
        case wrong
    }

    /// The value every credential has in ``Mode/wrong``.
    static let wrongValue = "conform-wrong-credentials"

    /// The additions for `operation`: the first security alternative whose every scheme
    /// these credentials serve (in ``Mode/wrong``, the first one made only of `http` and
    /// `apiKey` schemes, each with a made-up value: see ``wrongValue``).
    func apply(to operation: ConformCore.Operation, schemes: [String: SecurityScheme], mode: Mode = .given) -> Applied {
        var applied = Applied()
        guard mode != .none else { return applied }
        // Plain `--header`s that serve no scheme of the document go everywhere.
        applied.headers = headers.filter { header in
            !schemes.values.contains { serves(header, $0) }
        }
        for requirement in operation.security where !requirement.isAnonymous {
            var candidate = Applied(headers: applied.headers)
            let served = requirement.schemes.allSatisfy { entry in
                guard let scheme = schemes[entry.name] else { return false }
                return serve(scheme, wrong: mode == .wrong, into: &candidate)
            }
            if served {
                candidate.authenticated = true
                return candidate
            }
        }
        return applied
    }

    /// The names of the security schemes `operation` requires that these credentials cannot
    /// serve, for the first alternative; empty when the operation needs none or is served.
    func missing(for operation: ConformCore.Operation, schemes: [String: SecurityScheme]) -> [String] {
        guard operation.requiresAuthentication, !apply(to: operation, schemes: schemes).authenticated,
            let first = operation.security.first
        else { return [] }
        return first.schemes.map(\.name)
    }

    /// True when `header` is what serves `scheme`: its API key header, or an `Authorization`
    /// header with the `http` scheme's word.
    private func serves(_ header: HeaderField, _ scheme: SecurityScheme) -> Bool {
        switch scheme.kind {
        case .apiKey(let name, _): return header.name.lowercased() == name.lowercased()
        case .http(let word): return Credentials.authorization(header)?.scheme == word
        default: return false
        }
    }

    /// Adds what `scheme` needs to `applied` (made-up values when `wrong`); false when these
    /// credentials cannot serve it.
    private func serve(_ scheme: SecurityScheme, wrong: Bool, into applied: inout Applied) -> Bool {
        switch scheme.kind {
        case .http(let word):
            guard let value = wrong ? wrongAuthorization(word) : authorizationValue(for: word) else { return false }
            applied.headers.append(HeaderField("Authorization", value))
        case .apiKey(let name, let location):
            guard let value = wrong ? Credentials.wrongValue : headers.value(named: name) else { return false }
            switch location {
            case .header: applied.headers.append(HeaderField(name, value))
            case .query: applied.query.append((PercentEncoding.encode(name), PercentEncoding.encode(value)))
            case .cookie: applied.cookies.append((name, value))
            case .path: return false
            }
        default:
            return false
        }
        return true
    }

    /// The `Authorization` value for the `http` scheme `word`: a `--header` with that word
    /// first, then the bearer token or the `user:password` pair.
    private func authorizationValue(for word: String) -> String? {
        if let header = headers.first(where: { Credentials.authorization($0)?.scheme == word }) { return header.value }
        switch word {
        case "bearer": return bearer.map { "Bearer \($0.token)" }
        case "basic": return basic.map { "Basic \(Credentials.base64($0.userPassword))" }
        default: return nil
        }
    }

    /// A wrong `Authorization` value of the `http` scheme `word`, shaped as the scheme wants
    /// (basic: base64 of `user:password`) and spelled as a `--header` spells the word.
    private func wrongAuthorization(_ word: String) -> String {
        let spelled = headers.lazy.compactMap(Credentials.authorization).first { $0.scheme == word }?.spelled
            ?? word.prefix(1).uppercased() + word.dropFirst()
        let value = word == "basic" ? Credentials.base64(Credentials.wrongValue + ":" + Credentials.wrongValue) : Credentials.wrongValue
        return "\(spelled) \(value)"
    }

    /// An `Authorization` header's scheme word (lowercased, and as spelled) and its
    /// credentials; nil for any other header or one without a space.
    static func authorization(_ header: HeaderField) -> (scheme: String, spelled: String, token: String)? {
        guard header.name.lowercased() == "authorization", let space = header.value.firstIndex(of: " ") else { return nil }
        let word = String(header.value[..<space])
        return (word.lowercased(), word, String(header.value[space...].drop { $0 == " " }))
    }

    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
