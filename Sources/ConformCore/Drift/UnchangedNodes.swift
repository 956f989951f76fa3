/// Which nodes read the same in both versions with every `$ref` below them followed: no
/// change can sit under such a node, so drift does not walk the schemas there.
///
/// A node of the old version is compared with the node at the same JSON Pointer in the new
/// version's root file (nodes of other files never count as unchanged). Objects compare by
/// member names, not order, so a document written out again in another key order still
/// matches. Versions of different OpenAPI releases share nothing (3.0 and 3.1 read the same
/// text differently).
///
/// References make a graph with cycles (Stripe's components refer to each other through
/// expandable fields), so the answer is computed per strongly connected component (Tarjan):
/// a component is unchanged when all its nodes read the same and every component it refers
/// to is unchanged.
final class UnchangedNodes {
    let old: DocumentSet
    let new: DocumentSet
    private let comparable: Bool
    /// Reference texts resolved so far: Stripe writes the same few hundred references
    /// thousands of times.
    private var targets: [String: DocumentPointer] = [:]
    /// Each visited node's number, in visit order, into ``nodes``: one hash lookup per node
    /// and step of the walk.
    private var numbers: [DocumentPointer: Int] = [:]
    private var nodes: [Node] = []
    /// Tarjan's stack, as node numbers.
    private var stack: [Int] = []

    /// What the walk knows of one node.
    private struct Node {
        /// The lowest number reachable from the node through nodes still on the stack.
        var lowest: Int
        var onStack = true
        /// Whether the node itself, and every finished component it refers to, reads the same.
        var sameWithin = false
        /// The answer, once the node's component is finished.
        var answer: Bool?
    }

    init(old: Document, new: Document) {
        self.old = old.documents
        self.new = new.documents
        comparable = old.version == new.version
    }

    /// True when `oldNode` and `newNode` are the same place in both versions and everything
    /// reachable from it reads the same.
    func isUnchanged(_ oldNode: DocumentPointer, _ newNode: DocumentPointer) -> Bool {
        guard comparable, oldNode.file == old.rootFile, newNode.file == new.rootFile, oldNode.pointer == newNode.pointer
        else { return false }
        if let number = numbers[oldNode] { return nodes[number].answer! }
        return nodes[visit(oldNode)].answer!
    }

    /// Visits `node` and returns its number.
    private func visit(_ node: DocumentPointer) -> Int {
        let number = nodes.count
        numbers[node] = number
        nodes.append(Node(lowest: number))
        stack.append(number)
        var references: [DocumentPointer] = []
        var same = false
        if node.file == old.rootFile, let before = old.value(at: node),
            let after = new.value(at: DocumentPointer(file: new.rootFile, pointer: node.pointer)),
            Self.same(before, after)
        {
            same = true
            collectReferences(in: before, into: &references)
        }
        for target in references where same {
            let next: Int
            if let known = numbers[target] {
                next = known
                if nodes[next].onStack { nodes[number].lowest = min(nodes[number].lowest, next) }
            } else {
                next = visit(target)
                nodes[number].lowest = min(nodes[number].lowest, nodes[next].lowest)
            }
            // A target off the stack belongs to a finished component with its answer.
            if !nodes[next].onStack, nodes[next].answer == false { same = false }
        }
        nodes[number].sameWithin = same
        guard nodes[number].lowest == number else { return number }
        var members: [Int] = []
        while let member = stack.popLast() {
            nodes[member].onStack = false
            members.append(member)
            if member == number { break }
        }
        let answer = members.allSatisfy { nodes[$0].sameWithin }
        for member in members { nodes[member].answer = answer }
        return number
    }

    /// The targets of the `$ref`s in `value`; one that does not resolve counts as changed.
    private func collectReferences(in value: JSONValue, into references: inout [DocumentPointer]) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                if key == "$ref", let text = member.stringValue {
                    references.append(target(of: text))
                } else {
                    collectReferences(in: member, into: &references)
                }
            }
        case .array(let elements):
            for element in elements { collectReferences(in: element, into: &references) }
        default:
            break
        }
    }

    /// Where a reference of the old root file points; one that does not resolve points
    /// nowhere, which counts as changed.
    private func target(of reference: String) -> DocumentPointer {
        if let known = targets[reference] { return known }
        // Only the base's file matters when a reference is resolved.
        let base = DocumentPointer(file: old.rootFile, pointer: .root)
        let target = (try? old.target(of: reference, from: base)) ?? DocumentPointer(file: "", pointer: .root)
        targets[reference] = target
        return target
    }

    /// Deep equality with objects compared by member names rather than order.
    private static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case let (.object(x), .object(y)):
            guard x.count == y.count else { return false }
            for (key, member) in x {
                guard let other = y[key], same(member, other) else { return false }
            }
            return true
        case let (.array(x), .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default:
            return a == b
        }
    }
}
