import ConformCore
import Foundation

extension Runner {
    /// One GET per OAS `link` of the response `created` got from `create`, its parameters
    /// evaluated against that exchange (runtime expressions such as `$response.body#/id`,
    /// `$response.header.Location`, `$request.path.x`, or constants); each link that cannot
    /// be sent (a target that is not a documented GET, a parameter that cannot be evaluated)
    /// is a note instead.
    func linkCases(of created: Exchange, create: ConformCore.Operation) -> (cases: [(String, RunCase)], notes: [String]) {
        guard let status = created.response?.status,
            let response = create.responses.first(where: { $0.status.matches(status) })
        else { return ([], []) }
        var cases: [(String, RunCase)] = []
        var notes: [String] = []
        for link in response.links.sorted(by: { $0.name < $1.name }) {
            guard let target = linkTarget(link), target.method == .get else {
                notes.append("link \(link.name) of \(create.id) is not followed: its target is not a documented GET")
                continue
            }
            var runCase = RunCase(id: "", operationID: target.id, method: "GET", path: target.path)
            let template = PathTemplate(target.path)
            var pathValues: [String: String] = [:]
            var unevaluated: [String] = []
            for (key, expression) in link.parameters.sorted(by: { $0.key < $1.key }) {
                let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
                let named = parts.count == 2 ? ParameterLocation(rawValue: parts[0]).map { ($0, parts[1]) } : nil
                let name = named?.1 ?? key
                guard let parameter = target.parameters.first(where: { $0.name == name && (named == nil || $0.location == named?.0) }),
                    let text = evaluate(expression, against: created, of: create).flatMap(Runner.pathText)
                else {
                    unevaluated.append("\(key) = \(expression.stringValue ?? expression.serialized(.compact))")
                    continue
                }
                let encoded = PercentEncoding.encode(text)
                switch parameter.location {
                case .path: pathValues[name] = encoded
                case .query: runCase.query.append((name: name, value: encoded))
                case .header: runCase.headers.append(HeaderField(name, text))
                case .cookie: runCase.cookies.append((name: name, value: encoded))
                }
            }
            runCase.path = template.render(pathValues)
            if !unevaluated.isEmpty || template.parameters.contains(where: { pathValues[$0] == nil }) {
                let missing = unevaluated.isEmpty ? "a path parameter is not given" : "cannot evaluate " + unevaluated.joined(separator: ", ")
                notes.append("link \(link.name) of \(create.id) is not followed: \(missing)")
                continue
            }
            cases.append((link.name, runCase))
        }
        return (cases, notes)
    }

    /// The operation a link names by `operationId`, or by a local `operationRef`
    /// (`#/paths/~1items~1{id}/get`).
    func linkTarget(_ link: Link) -> ConformCore.Operation? {
        if let id = link.operationId { return document.operations.first { $0.operationId == id } }
        guard let reference = link.operationRef, reference.hasPrefix("#"),
            let tokens = JSONPointer(reference.dropFirst())?.tokens, tokens.count == 3, tokens[0] == "paths"
        else { return nil }
        return document.operations.first { $0.path == tokens[1] && $0.method.rawValue.lowercased() == tokens[2] }
    }

    /// The value of a link parameter: a runtime expression evaluated against `exchange` (an
    /// exchange of `operation`), or the constant itself; nil when it cannot be evaluated.
    func evaluate(_ expression: JSONValue, against exchange: Exchange, of operation: ConformCore.Operation) -> JSONValue? {
        guard let text = expression.stringValue, text.hasPrefix("$") else { return expression }
        let request = exchange.request
        func body(_ bytes: [UInt8]?, _ prefix: String) -> JSONValue? {
            guard let bytes, let pointer = JSONPointer(text.dropFirst(prefix.count)) else { return nil }
            return (try? JSONBodyParser.parse(bytes))?[pointer: pointer]
        }
        func after(_ prefix: String) -> String? { text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : nil }
        if text.hasPrefix("$response.body#") { return body(exchange.response?.body, "$response.body#") }
        if text.hasPrefix("$request.body#") { return body(request.body, "$request.body#") }
        if let name = after("$response.header.") {
            return exchange.response?.headers.value(named: name).map(JSONValue.string)
        }
        if let name = after("$request.header.") { return request.headers.value(named: name).map(JSONValue.string) }
        let components = URLComponents(string: request.url)
        if let name = after("$request.query.") {
            return components?.queryItems?.first { $0.name == name }?.value.map(JSONValue.string)
        }
        if let name = after("$request.path."), let path = components?.percentEncodedPath {
            let prefix = configuration.target.prefix(for: operation)
            let values = PathTemplate(operation.path).values(in: String(path.dropFirst(prefix.count)))
            return values?[name]?.removingPercentEncoding.map(JSONValue.string)
        }
        return nil
    }
}
