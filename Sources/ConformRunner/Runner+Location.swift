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
            let components = URLComponents(url: resolved, resolvingAgainstBaseURL: false)
        else { return nil }
        var origin = components
        (origin.percentEncodedPath, origin.query, origin.fragment) = ("", nil, nil)
        guard let followed = origin.string.flatMap(TargetURL.init), followed.origin == configuration.target.origin
        else { return nil }
        for operation in document.operations where operation.method == .get {
            let prefix = configuration.target.prefix(for: operation)
            guard components.percentEncodedPath.hasPrefix(prefix + "/") else { continue }
            let path = String(components.percentEncodedPath.dropFirst(prefix.count))
            guard Runner.pathValues(path, template: operation.path) != nil else { continue }
            let query = (components.percentEncodedQueryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
            return RunCase(id: "", operationID: operation.id, method: "GET", path: path, query: query)
        }
        return nil
    }

    /// The encoded values of `template`'s `{parameter}`s in the encoded `path`, each one
    /// non-empty segment part (`/sessions/7.json` under `/sessions/{id}.json` gives `id` 7);
    /// nil when `path` does not match `template`.
    static func pathValues(_ path: String, template: String) -> [String: String]? {
        var pattern = "^"
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "([^/]+)"
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        guard let expression = try? NSRegularExpression(pattern: pattern),
            let match = expression.firstMatch(in: path, range: NSRange(path.startIndex..., in: path))
        else { return nil }
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            guard let range = Range(match.range(at: index + 1), in: path) else { return nil }
            values[name] = String(path[range])
        }
        return values
    }
}
