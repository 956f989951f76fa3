import ConformCore
import Foundation

extension Runner {
    /// The GET a create's `Location` header names, as a case of the documented GET operation
    /// whose path template it matches; nil without a `Location`, when it resolves to another
    /// origin than the target's (never followed), or when no documented GET matches its path.
    func locationCase(of created: Exchange) -> RunCase? {
        guard let location = created.response?.headers.value(named: "Location"),
            let base = URL(string: configuration.target.origin + "/"),
            let resolved = URL(string: location, relativeTo: base)?.absoluteURL,
            let components = URLComponents(url: resolved, resolvingAgainstBaseURL: false),
            let followed = TargetURL(resolved.absoluteString.components(separatedBy: "?")[0]),
            followed.origin == configuration.target.origin
        else { return nil }
        let path = components.percentEncodedPath
        for operation in document.operations where operation.method == .get {
            let prefix = configuration.target.path.isEmpty ? (operation.servers.first?.pathPrefix ?? "") : configuration.target.path
            guard path.hasPrefix(prefix + "/"), Runner.path(String(path.dropFirst(prefix.count)), matches: operation.path)
            else { continue }
            let query = (components.percentEncodedQueryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
            return RunCase(
                id: "", operationID: operation.id, method: "GET", path: String(path.dropFirst(prefix.count)), query: query)
        }
        return nil
    }

    /// True when the encoded `path` is `template` with each `{parameter}` filled by one
    /// non-empty segment part (`/sessions/7.json` matches `/sessions/{id}.json`).
    static func path(_ path: String, matches template: String) -> Bool {
        var pattern = "^"
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "[^/]+"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return path.range(of: pattern, options: .regularExpression) != nil
    }
}
