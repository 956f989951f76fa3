import ConformCore
import Foundation

extension Runner {
    /// Runs one create/read/delete sequence per resource family, families side by side, each
    /// creating with its create operation's first valid case (`creates`, by operation ID).
    func runLifecycles(
        _ creates: [String: RunCase], with sender: Sender
    ) async -> (exchanges: [Exchange], findings: [Finding]) {
        let families = ResourceFamily.families(in: document)
        return await withTaskGroup(of: (Int, [Exchange], [Finding]).self) { group in
            for (index, family) in families.enumerated() {
                guard let create = creates[family.create.id] else { continue }
                group.addTask {
                    let (exchanges, findings) = await runLifecycle(of: family, creatingWith: create, sender: sender)
                    return (index, exchanges, findings)
                }
            }
            var results: [(Int, [Exchange], [Finding])] = []
            for await result in group { results.append(result) }
            results.sort { $0.0 < $1.0 }
            return (results.flatMap(\.1), results.flatMap(\.2))
        }
    }

    /// Creates a resource, reads it back, deletes it and reads again. A create that is not
    /// answered 2XX with the ID in its body ends the sequence without a lifecycle finding
    /// (the response checks judge that answer).
    func runLifecycle(
        of family: ResourceFamily, creatingWith create: RunCase, sender: Sender
    ) async -> ([Exchange], [Finding]) {
        var exchanges: [Exchange] = []
        var findings: [Finding] = []
        func step(_ runCase: RunCase, _ name: String) async -> Exchange? {
            var runCase = runCase
            runCase.id = "\(family.caseID):\(name)"
            guard let exchange = await sender.exchange(for: runCase, purpose: .lifecycle(step: name)) else { return nil }
            exchanges.append(exchange)
            findings += suite.findings(in: exchange)
            return exchange
        }
        guard let created = await step(create, "create"), let response = created.response, response.isSuccess,
            let body = try? JSONBodyParser.parse(response.body),
            let id = family.idPointers.lazy.compactMap({ body[pointer: $0].flatMap(Runner.pathText) }).first
        else { return (exchanges, findings) }

        let itemPath = family.read.path.replacingOccurrences(
            of: "{\(family.idParameter)}", with: Credentials.percentEncoded(id))
        let read = RunCase(id: "", operationID: family.read.id, method: "GET", path: itemPath)
        var steps = ResourceLifecycleCheck.Steps(create: created, id: id)
        steps.read = await step(read, "read")
        if let delete = family.delete, steps.read?.response?.isSuccess == true {
            let deleteCase = RunCase(id: "", operationID: delete.id, method: "DELETE", path: itemPath)
            steps.delete = await step(deleteCase, "delete")
            if steps.delete?.response?.isSuccess == true {
                steps.readAfterDelete = await step(read, "read-after-delete")
            }
        }
        findings += ResourceLifecycleCheck.findings(in: steps, of: family, context: suite.context)
        return (exchanges, findings)
    }

    /// A string or integer ID as it goes into a path; nil for anything else.
    static func pathText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text.isEmpty ? nil : text
        case .number(let number) where number.isInteger: return number.description
        default: return nil
        }
    }
}
