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
            guard PathTemplate(operation.path).values(in: path) != nil else { continue }
            let query = (components.percentEncodedQueryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
            return RunCase(id: "", operationID: operation.id, method: "GET", path: path, query: query)
        }
        return nil
    }
}
