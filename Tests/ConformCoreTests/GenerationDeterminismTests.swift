import ConformCore
import Testing

@Suite("Generation: determinism and shards")
struct GenerationDeterminismTests {
    func lines(seed: UInt64, shard: CaseGenerator.Shard? = nil) throws -> [String] {
        let document = try GenerationSupport.document(GenerationSupport.dodo)
        let options = CaseGenerator.Options(seed: seed, randomCount: 20, shard: shard)
        return GenerationSupport.generator(document, options: options).allCases().cases.map(\.jsonLine)
    }

    @Test func sameSeedGivesTheSameCasesByteForByte() throws {
        let first = try lines(seed: 7)
        #expect(first.count > 30)
        #expect(first == (try lines(seed: 7)))
    }

    @Test func anotherSeedChangesOnlyRandomCases() throws {
        let a = try lines(seed: 1).filter { !$0.contains("\"kind\":\"random\"") }
        let b = try lines(seed: 2).filter { !$0.contains("\"kind\":\"random\"") }
        #expect(a == b)
        #expect(try lines(seed: 1) != (try lines(seed: 2)))
    }

    @Test(arguments: [2, 3, 5])
    func shardsAreDisjointAndCoverEverything(count: Int) throws {
        let all = try lines(seed: 3)
        var union: [String] = []
        for index in 1...count {
            union += try lines(seed: 3, shard: CaseGenerator.Shard(index: index, count: count))
        }
        #expect(union.count == all.count)
        #expect(Set(union) == Set(all))
    }

    @Test func aRandomCaseCanBeDrawnAlone() throws {
        let document = try GenerationSupport.document(GenerationSupport.dodo)
        let generator = GenerationSupport.generator(document, options: .init(seed: 9, randomCount: 5))
        let all = generator.allCases().cases.filter { $0.kind == .random }
        let operation = document.operations[0]
        #expect(all.count == 5)
        #expect(all.map(\.id) == (0..<5).compactMap { generator.randomCase(for: operation, index: $0)?.id })
        #expect(all[2].seed == CaseGenerator.seed(run: 9, operation: "createCheckout", index: 2))
    }

    @Test func shardParsing() {
        #expect(CaseGenerator.Shard("2/4") == CaseGenerator.Shard(index: 2, count: 4))
        #expect(CaseGenerator.Shard("0/4") == nil)
        #expect(CaseGenerator.Shard("5/4") == nil)
        #expect(CaseGenerator.Shard("x") == nil)
    }
}
