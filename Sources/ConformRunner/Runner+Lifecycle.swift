import ConformCore
import Foundation

extension Runner {
    /// Runs one lifecycle sequence per resource family, families side by side, each with the
    /// valid cases drawn for its operations (`cases`, by operation ID): the create's first.
    /// A family whose create has no valid case only has its operations' probes sent.
    /// The notes are the create response's links that could not be followed, by the create's
    /// operation ID.
    func runLifecycles(
        _ cases: [String: [RunCase]], with sender: Sender
    ) async -> (sent: [Sent], findings: [Finding], notes: [String: [String]]) {
        let families = ResourceFamily.families(in: document)
        return await withTaskGroup(of: (Int, Lifecycle).self) { group in
            for (index, family) in families.enumerated() where configuration.ownsOperation(family.create.id) {
                group.addTask { (index, await runLifecycle(of: family, cases: cases, sender: sender)) }
            }
            var results: [(Int, Lifecycle)] = []
            for await result in group { results.append(result) }
            results.sort { $0.0 < $1.0 }
            var notes: [String: [String]] = [:]
            for (index, lifecycle) in results where !lifecycle.notes.isEmpty {
                notes[families[index].create.id, default: []] += lifecycle.notes
            }
            return (results.flatMap(\.1.sent), results.flatMap(\.1.findings), notes)
        }
    }

    /// What one family's sequence sent, found and could not follow.
    typealias Lifecycle = (sent: [Sent], findings: [Finding], notes: [String])

    /// Creates a resource, follows its `Location` (same origin only) and the create response's
    /// `links` (GET targets; the response checks judge them), and reads it back; sends the
    /// authentication probes of every operation on it to it; sends each of those operations' valid cases (every `oneOf`
    /// branch the generator gives a case for) to it, each followed by a read the response
    /// checks validate; deletes it, reads again and sends every other operation on it (the
    /// DELETE too), which must answer 404 or 410. Without a create case, or when the create
    /// is not answered 2XX with the ID in its body (or its `Location`), the sequence ends
    /// without a lifecycle finding and the probes go out as drawn (the response checks judge
    /// that answer).
    func runLifecycle(
        of family: ResourceFamily, cases: [String: [RunCase]], sender: Sender
    ) async -> Lifecycle {
        var sent: [Sent] = []
        let judgesLifecycle = configuration.checks.contains(.resourceLifecycle)
        func step(_ runCase: RunCase, _ name: String, purpose: Exchange.Purpose? = nil) async -> Exchange? {
            var runCase = runCase
            runCase.id = "\(family.caseID):\(name)"
            guard let exchange = await sender.exchange(for: runCase, purpose: purpose ?? .lifecycle(step: name))
            else { return nil }
            var judged = suite.judging(exchange)
            if purpose == nil, judgesLifecycle { judged.insert(.resourceLifecycle) }
            sent.append(Sent(exchange: exchange, findings: suite.findings(in: exchange), testCase: nil, judged: judged))
            return exchange
        }
        func probe(_ targeted: (RunCase) -> RunCase) async {
            guard configuration.checks.contains(.authEnforced) else { return }
            for member in family.members where member.requiresAuthentication {
                guard let first = cases[member.id]?.first else { continue }
                for (probe, purpose) in Runner.probes(of: targeted(first)) {
                    _ = await step(probe, "\(probe.id.prefix { $0 != ":" }):\(member.id)", purpose: purpose)
                }
            }
        }
        guard let create = cases[family.create.id]?.first, let created = await step(create, "create"),
            let id = createdID(created, of: family)
        else {
            await probe { $0 }
            return (sent, [], [])
        }
        func targeted(_ runCase: RunCase) -> RunCase {
            var runCase = runCase
            guard let operation = document.operation(withID: runCase.operationID) else { return runCase }
            runCase.path = PathTemplate(operation.path).render([family.idParameter: PercentEncoding.encode(id)])
            return runCase
        }
        let read = targeted(RunCase(id: "", operationID: family.read.id, method: "GET", path: ""))
        var steps = ResourceLifecycleCheck.Steps(create: created, id: id)
        if let location = locationCase(of: created) { steps.location = await step(location, "location") }
        let links = linkCases(of: created, create: family.create)
        for (name, link) in links.cases { _ = await step(link, "link:\(name)", purpose: .lifecycle(step: "link:\(name)")) }
        steps.read = await step(read, "read")
        await probe(targeted)
        guard judgesLifecycle else { return (sent, [], links.notes) }
        let others = family.members.filter { $0.id != family.read.id && $0.id != family.delete?.id }
        for member in others {
            for (index, runCase) in (cases[member.id] ?? []).enumerated() {
                guard let change = await step(targeted(runCase), "\(member.id):\(index)") else { continue }
                guard member.method != .get else { continue }
                steps.changes.append((change, await step(read, "read-after:\(member.id):\(index)")))
            }
        }
        if let delete = family.delete, steps.read?.response?.isSuccess == true {
            let deleteCase = RunCase(id: "", operationID: delete.id, method: "DELETE", path: read.path)
            steps.delete = await step(deleteCase, "delete")
            if steps.delete?.response?.isSuccess == true {
                steps.readAfterDelete = await step(read, "read-after-delete")
                for member in family.members where member.id != family.read.id {
                    let again = member.id == delete.id ? deleteCase : cases[member.id]?.first.map(targeted)
                    guard let again, let after = await step(again, "after-delete:\(member.id)") else { continue }
                    steps.afterDelete.append(after)
                }
            }
        }
        return (sent, ResourceLifecycleCheck.findings(in: steps, of: family, context: suite.context), links.notes)
    }

    /// The created resource's ID: in the body where the family's pointers say, else the last
    /// segment of the `Location` header; nil when the create was not answered 2XX.
    func createdID(_ created: Exchange, of family: ResourceFamily) -> String? {
        guard let response = created.response, response.isSuccess else { return nil }
        if let body = try? JSONBodyParser.parse(response.body),
            let id = family.idPointers.lazy.compactMap({ body[pointer: $0].flatMap(Runner.pathText) }).first
        {
            return id
        }
        let location = response.headers.value(named: "Location").flatMap { URL(string: $0)?.path }
        return location?.split(separator: "/").last.flatMap { $0.removingPercentEncoding }
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
