/// `resource_lifecycle`: what a family's create answered must be readable at once, at its
/// `Location` (when same-origin) and through the read with the same values, and again after
/// every accepted change; after a successful DELETE the read and every other operation on the
/// resource must answer 404 (or 410).
public enum ResourceLifecycleCheck {
    static let check = CheckName.resourceLifecycle

    /// The steps of one sequence as the runner sent them.
    public struct Steps: Sendable {
        /// The 2XX create exchange.
        public var create: Exchange
        /// The created resource's ID as it went into the read path.
        public var id: String
        /// The GET of the create response's `Location`, when it was followed.
        public var location: Exchange?
        public var read: Exchange?
        public var delete: Exchange?
        public var readAfterDelete: Exchange?
        /// Each change sent to the resource (an update, a sub-resource operation) and the
        /// read that followed it.
        public var changes: [(change: Exchange, read: Exchange?)]
        /// The other operations on the resource, sent after the DELETE.
        public var afterDelete: [Exchange]

        public init(
            create: Exchange, id: String, read: Exchange? = nil, delete: Exchange? = nil, readAfterDelete: Exchange? = nil,
            changes: [(change: Exchange, read: Exchange?)] = [], afterDelete: [Exchange] = []
        ) {
            self.create = create
            self.id = id
            self.read = read
            self.delete = delete
            self.readAfterDelete = readAfterDelete
            self.changes = changes
            self.afterDelete = afterDelete
        }
    }

    /// The findings of a sequence; a step without a response (a transport error) says nothing.
    public static func findings(in steps: Steps, of family: ResourceFamily, context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        if let location = steps.location, let received = location.response, !received.isSuccess {
            let header = steps.create.response?.headers.value(named: "Location") ?? location.request.url
            findings.append(context.finding(
                check, location, message: "created resource \(steps.id) answered \(received.status) at its Location \(header)",
                rule: family.create.pointer))
        }
        if let read = steps.read, let received = read.response {
            if !received.isSuccess {
                findings.append(context.finding(
                    check, read, message: "created resource \(steps.id) answered \(received.status) when read back",
                    rule: family.read.pointer))
            } else {
                findings += differences(steps: steps, read: read, received: received, family: family, context: context)
            }
        }
        if let delete = steps.delete, let received = delete.response, !received.isSuccess,
            ![403, 409, 429].contains(received.status)
        {
            findings.append(context.finding(
                check, delete, message: "created resource \(steps.id) answered \(received.status) to DELETE",
                rule: family.delete?.pointer))
        }
        for (change, read) in steps.changes where change.response?.isSuccess == true {
            guard let read, let received = read.response, !received.isSuccess else { continue }
            var finding = context.finding(
                check, read,
                message: "resource \(steps.id) answered \(received.status) when read after \(change.operationID)",
                rule: family.read.pointer)
            finding.curl = CurlCommand.line(for: change.request, redactor: context.redactor) + " && " + finding.curl
            findings.append(finding)
        }
        if let delete = steps.delete, let after = steps.readAfterDelete, let received = after.response,
            ![404, 410].contains(received.status)
        {
            // The DELETE is what failed; the replay needs it before the read.
            var finding = context.finding(
                check, after, message: "deleted resource \(steps.id) answered \(received.status) when read, not 404",
                rule: family.delete?.pointer)
            finding.operationID = delete.operationID
            finding.curl = CurlCommand.line(for: delete.request, redactor: context.redactor) + " && " + finding.curl
            findings.append(finding)
        }
        for after in steps.afterDelete {
            guard let delete = steps.delete, let received = after.response, ![404, 410].contains(received.status)
            else { continue }
            // The operation that still serves the deleted resource is what failed.
            var finding = context.finding(
                check, after,
                message: "deleted resource \(steps.id) answered \(received.status) to \(after.operationID), not 404 or 410",
                rule: context.operation(withID: after.operationID)?.pointer)
            finding.curl = CurlCommand.line(for: delete.request, redactor: context.redactor) + " && " + finding.curl
            findings.append(finding)
        }
        return findings
    }

    /// Members the create request sent and the create response echoed, read back different.
    static func differences(
        steps: Steps, read: Exchange, received: ReceivedResponse, family: ResourceFamily, context: CheckContext
    ) -> [Finding] {
        guard let created = steps.create.response.flatMap({ try? JSONBodyParser.parse($0.body) }),
            let readBody = try? JSONBodyParser.parse(received.body)
        else { return [] }
        var findings: [Finding] = []
        var compared: [JSONPointer] = []
        if let pointer = family.idPointers.first(where: { created[pointer: $0] != nil }) { compared.append(pointer) }
        if let sent = steps.create.request.body.flatMap({ try? JSONBodyParser.parse($0) })?.objectValue {
            for (name, value) in sent where created.objectValue?[name] == value {
                let pointer = JSONPointer(tokens: [name])
                if !compared.contains(pointer) { compared.append(pointer) }
            }
        }
        for pointer in compared where readBody[pointer: pointer] != created[pointer: pointer] {
            let was = created[pointer: pointer]?.serialized(.compact) ?? "nothing"
            let now = readBody[pointer: pointer]?.serialized(.compact) ?? "nothing"
            findings.append(context.finding(
                check, read, message: "created resource \(steps.id) read back with \(pointer) = \(now), created with \(was)",
                bodyPointer: pointer, rule: family.read.pointer))
        }
        return findings
    }
}
