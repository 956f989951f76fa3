import ConformCore
import Foundation

extension Runner {
    /// Requests one shrink may send at most: shrinking is for readable reports, not a search
    /// that may outlast the run.
    static let shrinkRequests = 40

    /// Replaces each failing random or malformed case by the smallest case the generator's shrinker finds
    /// that still fails the same checks, re-sent and judged again. Cases shrink side by side,
    /// up to the run's concurrency: each shrink waits on one request at a time, and a target
    /// that fails every case would otherwise be shrunk one request after another.
    func shrinkFailures(_ sent: [Sent], with sender: Sender) async -> [Sent] {
        guard let shrinker else { return sent }
        var result = sent
        var failing = sent.indices.filter { index in
            let item = sent[index]
            return !item.findings.isEmpty && item.exchange.purpose == .testCase
                && (item.testCase?.seed != nil || item.testCase?.kind == .malformed)
        }.makeIterator()
        await withTaskGroup(of: (Int, Sent?).self) { group in
            func shrinkNext(_ group: inout TaskGroup<(Int, Sent?)>) {
                guard let index = failing.next() else { return }
                group.addTask { (index, await Runner.shrunk(sent[index], by: shrinker, with: sender)) }
            }
            for _ in 0..<configuration.concurrency { shrinkNext(&group) }
            while let (index, replacement) = await group.next() {
                if let replacement { result[index] = replacement }
                shrinkNext(&group)
            }
        }
        return result
    }

    /// The smallest case that still fails the checks `item` failed, re-sent; nil when the
    /// shrinker finds nothing smaller or the smaller case no longer fails.
    static func shrunk(_ item: Sent, by shrinker: CaseGenerator, with sender: Sender) async -> Sent? {
        guard let testCase = item.testCase else { return nil }
        let checks = Set(item.findings.map(\.check))
        var requests = 0
        let smallest = await shrinker.shrink(testCase) { candidate in
            requests += 1
            guard requests <= Runner.shrinkRequests else { return false }
            let failing = await sender.send(RunCase(candidate), purpose: .testCase)?.findings.map(\.check) ?? []
            return checks.isSubset(of: failing)
        }
        guard smallest != testCase, let resent = await sender.send(RunCase(smallest), purpose: .testCase),
            !resent.findings.isEmpty
        else { return nil }
        return resent
    }
}
