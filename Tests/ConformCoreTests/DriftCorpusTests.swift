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
    func dodo() async throws {
        let versions = Self.versions
        guard versions.count > 1 else {
            print(TestSupport.corpusMissing)
            return
        }
        var documents = [Document]()
        for path in versions { documents.append(try Document(file: path)) }
        for (old, new) in zip(documents, documents.dropFirst()) {
            let first = await Drift.compare(old: old, new: new)
            let second = await Drift.compare(old: old, new: new)
            #expect(first.json == second.json)
            let outcome = DriftSupport.Outcome(report: first, old: old, new: new, folder: "")
            for change in first.changes where change.severity == .breaking {
                #expect(DriftSupport.witnessHolds(change, outcome), "\(DriftReport.line(change))")
            }
            let name = { (path: String) in URL(fileURLWithPath: path).lastPathComponent.prefix(2) }
            print("dodo \(name(old.file)) -> \(name(new.file)): \(first.summary)")
        }
    }

    @Test("Dodo 15 -> 16: metadata values that became a oneOf of scalars, one finding per direction naming every kind refused")
    func dodoMetadata() async throws {
        let versions = Self.versions
        guard versions.count == 19 else {
            print(TestSupport.corpusMissing)
            return
        }
        let old = try Document(file: versions[14])
        let new = try Document(file: versions[15])
        let report = await Drift.compare(old: old, new: new)
        let lines = report.changes.map { "\($0.severity) \($0.rule.id) \($0.message)" }
        #expect(lines == [
            "breaking request-type-narrowed type narrowed from any to string, number (not integer), boolean: object, array, integer, null refused",
            "info response-type-narrowed type narrowed from any to string, number (not integer), boolean: object, array, integer, null refused",
        ])
        let outcome = DriftSupport.Outcome(report: report, old: old, new: new, folder: "")
        #expect(report.changes.first.map { DriftSupport.witnessHolds($0, outcome) } == true)
    }

    @Test("Dodo 03 -> 04: the PDF body that became an array is one finding, breaking for the client")
    func dodoInvoice() async throws {
        let versions = Self.versions
        guard versions.count == 19 else {
            print(TestSupport.corpusMissing)
            return
        }
        let report = await Drift.compare(old: try Document(file: versions[2]), new: try Document(file: versions[3]))
        let invoice = report.changes.filter { $0.places.contains { $0.subject == "response 200 body application/pdf" } }
        #expect(invoice.map { "\($0.severity) \($0.rule.id) \($0.message)" } == [
            "breaking response-type-widened type changed from string to array: string refused, array now allowed",
            "warning response-format-changed format changed from binary to none",
        ])
    }
}
