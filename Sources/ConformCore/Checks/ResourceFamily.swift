/// A create/read(/delete) family of operations on one kind of resource, found through a
/// create response's `links` or through the path structure (`POST /x`, `GET /x/{id}`,
/// `DELETE /x/{id}`; a suffix such as `.json` is allowed on both), with every other
/// operation on the resource (`PUT /x/{id}`, `PUT /x/{id}/fields`).
public struct ResourceFamily: Sendable, Hashable {
    public var create: Operation
    public var read: Operation
    public var delete: Operation?
    /// The path parameter of `read` (and `delete`) that names the resource.
    public var idParameter: String
    /// Where the created resource's ID is in the create response body.
    public var idPointers: [JSONPointer]
    /// Every operation on one resource of the family, in document order: the read, the
    /// delete, and each operation whose path starts as the read's does up to the ID (the
    /// item path itself or one below it) and has no other path parameter.
    public var members: [Operation]

    /// The stable ID of the family's lifecycle sequence.
    public var caseID: String { "lifecycle:\(create.id)" }

    /// Every family of `document`. The read and delete operations must need nothing but the
    /// ID: no other path parameter and no other required parameter.
    public static func families(in document: Document) -> [ResourceFamily] {
        let idOnly = document.operations.filter { operation in
            let path = operation.parameters.filter { $0.location == .path }
            return path.count == 1 && !operation.parameters.contains { $0.required && $0.location != .path }
        }
        var families: [ResourceFamily] = []
        for create in document.operations where create.method == .post {
            let linked = linkedRead(of: create, among: idOnly)
            let read = linked?.read ?? idOnly.first { $0.method == .get && isItemPath($0.path, of: create.path) }
            guard let read, let parameter = read.parameters.first(where: { $0.location == .path }) else { continue }
            let delete = idOnly.first { $0.method == .delete && $0.path == read.path }
            var pointers = linked?.pointer.map { [$0] } ?? []
            for fallback in [JSONPointer(tokens: [parameter.name]), JSONPointer(tokens: ["id"])]
            where !pointers.contains(fallback) {
                pointers.append(fallback)
            }
            let readPieces = PathTemplate(read.path).pieces
            let itemPrefix = readPieces.prefix { $0 != .parameter(parameter.name) } + [.parameter(parameter.name)]
            let members = document.operations.filter { operation in
                let path = operation.parameters.filter { $0.location == .path }
                return PathTemplate(operation.path).pieces.starts(with: itemPrefix) && path.count == 1 && path[0].name == parameter.name
            }
            families.append(ResourceFamily(
                create: create, read: read, delete: delete, idParameter: parameter.name, idPointers: pointers,
                members: members))
        }
        return families
    }

    /// The read operation a 2XX response of `create` links to, and the body pointer the
    /// link takes the ID from (`$response.body#/id`).
    static func linkedRead(of create: Operation, among candidates: [Operation]) -> (read: Operation, pointer: JSONPointer?)? {
        for response in create.responses where response.status.matches(200) || response.status.matches(201) {
            for link in response.links {
                guard let target = candidates.first(where: { $0.method == .get && $0.operationId == link.operationId })
                else { continue }
                let expression = link.parameters.values.compactMap(\.stringValue).first { $0.hasPrefix("$response.body#") }
                let pointer = expression.flatMap { JSONPointer($0.dropFirst("$response.body#".count)) }
                return (target, pointer)
            }
        }
        return nil
    }

    /// True when `item` is `collection` plus one `/{parameter}` segment, both with the same
    /// optional suffix (`/sessions.json` and `/sessions/{id}.json`).
    static func isItemPath(_ item: String, of collection: String) -> Bool {
        let (base, suffix) = splitSuffix(collection)
        let prefix = PathTemplate(base + "/").pieces
        let item = PathTemplate(item).pieces
        guard item.starts(with: prefix) else { return false }
        let rest = item.dropFirst(prefix.count)
        guard case .parameter(let name)? = rest.first, !name.isEmpty, !name.contains("/") else { return false }
        return Array(rest.dropFirst()) == (suffix.isEmpty ? [] : [.text(suffix)])
    }

    /// `/x/y.json` as (`/x/y`, `.json`); no suffix when the last segment has no dot.
    static func splitSuffix(_ path: String) -> (String, String) {
        let lastSegment = path.split(separator: "/").last ?? ""
        guard let dot = lastSegment.lastIndex(of: "."), dot != lastSegment.startIndex else { return (path, "") }
        let suffix = String(lastSegment[dot...])
        return (String(path.dropLast(suffix.count)), suffix)
    }
}
