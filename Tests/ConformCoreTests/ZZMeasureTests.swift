import ConformCore
import Foundation
import Testing

// TEMPORARY measurement (not committed): corpus totals for the report.
@Suite("ZZ measure")
struct ZZMeasureTests {
    @Test func measure() throws {
        var operations = 0, empty = 0, total = 0, mislabelled = 0
        var seconds = 0.0
        var emptyList: [String] = []
        var kinds: [String: Int] = [:]
        for path in GenerationCorpusTests.specs {
            guard let document = try? Document(path: path) else { continue }
            let validator = SchemaValidator(documents: document.documents)
            let start = Date()
            let generator = CaseGenerator(document: document, validator: validator)
            var perOp: [String: Int] = [:]
            var all: [TestCase] = []
            for operation in document.operations {
                operations += 1
                let cases = generator.cases(for: operation).cases
                perOp[operation.id] = cases.count
                if cases.isEmpty { empty += 1; emptyList.append("\(path.split(separator: "/").last!) \(operation.id)") }
                all += cases
            }
            seconds += Date().timeIntervalSince(start)
            total += all.count
            for c in all {
                kinds[c.kind.rawValue, default: 0] += 1
                if GenerationCorpusTests.mislabel(c, document: document, validator: validator) != nil { mislabelled += 1 }
            }
        }
        let text = "operations \(operations) empty \(empty) cases \(total) mislabelled \(mislabelled) seconds \(seconds) rate \(Double(total)/seconds)\nkinds \(kinds.sorted { $0.key < $1.key })\n" + emptyList.joined(separator: "\n") + "\n"
        try text.write(toFile: ProcessInfo.processInfo.environment["MEASURE_OUT"] ?? "/tmp/generator/measure.txt", atomically: true, encoding: .utf8)
    }
}
