import ConformCore
import Foundation
import Testing

/// The 19 published versions of Dodo Payments' spec, compared pair by pair.
@Suite("drift corpus")
struct DriftCorpusTests {
    static var versions: [String] {
        guard let corpus = TestSupport.corpus else { return [] }
        let folder = corpus.appendingPathComponent("drift/dodo")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test("consecutive Dodo versions: no crash, the same report twice, every witness holds")
    func dodo() throws {
        let versions = Self.versions
        guard versions.count > 1 else {
            print(TestSupport.corpusMissing)
            return
        }
        var documents = [Document]()
        for path in versions { documents.append(try Document(path: path)) }
        for (old, new) in zip(documents, documents.dropFirst()) {
            let first = Drift.compare(old: old, new: new)
            let second = Drift.compare(old: old, new: new)
            #expect(first.json == second.json)
            let outcome = DriftSupport.Outcome(report: first, old: old, new: new, folder: "")
            for change in first.changes where change.severity == .breaking {
                #expect(DriftSupport.witnessHolds(change, outcome), "\(DriftReport.line(change))")
            }
            let name = { (path: String) in URL(fileURLWithPath: path).lastPathComponent.prefix(2) }
            print("dodo \(name(old.file)) -> \(name(new.file)): \(first.summary)")
        }
    }
}
