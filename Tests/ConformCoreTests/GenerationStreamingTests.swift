import ConformCore
import Foundation
import Testing

/// Random cases drawn one at a time: the same cases as all at once, and no draw before it is
/// asked for.
@Suite("Generation: random cases drawn lazily")
struct GenerationStreamingTests {
    /// The suite's validator, counting the questions the generator asks it.
    final class CountingValidator: CaseValidating, @unchecked Sendable {
        let inner: SchemaValidator
        private let lock = NSLock()
        private var asked = 0

        init(_ inner: SchemaValidator) { self.inner = inner }

        var questions: Int { lock.withLock { asked } }

        func failures(of instance: JSONValue, against schema: DocumentPointer) -> [SchemaFailure] {
            lock.withLock { asked += 1 }
            return inner.failures(of: instance, against: schema)
        }

        func accepts(_ instance: JSONValue, against schema: DocumentPointer) -> Bool {
            lock.withLock { asked += 1 }
            return inner.accepts(instance, against: schema)
        }
    }

    @Test(arguments: [nil, CaseGenerator.Shard(index: 2, count: 3)])
    func drawsTheCasesThatCasesForListsAfterTheCoverageCases(shard: CaseGenerator.Shard?) throws {
        let document = try GenerationSupport.document(GenerationSupport.dodo)
        let operation = document.operations[0]
        let generator = GenerationSupport.generator(document, options: .init(seed: 5, randomCount: 30, shard: shard))
        let listed = generator.cases(for: operation).cases.filter { $0.kind == .random }
        let drawn = Array(generator.randomCases(for: operation))
        #expect(drawn.count > 5)
        #expect(drawn.map(\.jsonLine) == listed.map(\.jsonLine))
        // No draw of this operation fails, so the plan is exact.
        #expect(generator.randomCases(for: operation).plannedCount(in: nil) == drawn.count)
        let other = CaseGenerator.Shard(index: 1, count: 2)!
        #expect(
            generator.randomCases(for: operation).plannedCount(in: other) == drawn.filter { other.contains($0.id) }.count)
    }

    @Test func drawsOnlyWhenAsked() throws {
        let document = try GenerationSupport.document(GenerationSupport.dodo)
        let validator = CountingValidator(SchemaValidator(documents: document.documents))
        let generator = CaseGenerator(
            document: document, validator: validator, options: .init(seed: 5, randomCount: 1_000_000))
        var iterator = generator.randomCases(for: document.operations[0]).makeIterator()
        var asked = [validator.questions]
        let first = iterator.next()
        asked.append(validator.questions)
        _ = iterator.next()
        asked.append(validator.questions)
        #expect(first?.id == CaseGenerator.randomID(seed: CaseGenerator.seed(run: 5, operation: "createCheckout", index: 0)))
        // A million cases drawn up front would ask a million questions or more.
        #expect(zip(asked, asked.dropFirst()).allSatisfy { $1 - $0 > 0 && $1 - $0 < 100 })
    }
}
