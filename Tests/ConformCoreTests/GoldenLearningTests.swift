@testable import ConformCore
import Testing

/// Volatility learned from two samples: shapes of ids, rules for URL parts, echoes tied to
/// ids, and the learned section of `normalize.yaml`.
@Suite("Golden learning")
struct GoldenLearningTests {
    @Test("a shape keeps the prefix up to its last separator, the narrowest alphabet and the length", arguments: [
        ("cs_test_a1B2c3", "cs_test_a9Z8y7", "cs_test_[A-Za-z0-9]{6}"),
        ("3f2a9c", "a0b1c2", "[0-9a-f]{6}"),
        ("53", "154", "[0-9]+"),
        ("cks_ab-_9", "cks_Zy_x-", "cks_[A-Za-z0-9_-]{5}"),
    ])
    func shapeOfTwoSamples(first: String, second: String, shape: String) throws {
        let learned = try #require(IDShape(samples: first, second))
        #expect(learned.description == shape)
        #expect(IDShape(name: "id:" + shape) == learned)
        #expect(learned.matches(first) && learned.matches(second))
    }

    @Test func aShapedPlaceholderChecksPrefixAlphabetAndLength() throws {
        let placeholder = try #require(Placeholder(typed: "id:cs_test_[A-Za-z0-9]{4}"))
        #expect(placeholder.accepts("cs_test_aB3x"))
        #expect(!placeholder.accepts("cs_test_aB3"))
        #expect(!placeholder.accepts("cs_test_aB-x"))
        #expect(!placeholder.accepts("cs_live_aB3x"))
        #expect(Placeholder(typed: "id:x[a-q]{4}") == nil)
    }

    @Test func aURLPartThatDiffersBecomesAPatternAfterTheConstantPartBeforeIt() throws {
        let patterns = try #require(Learner.patterns(
            "https://h.example/receipts/\(String(repeating: "a1", count: 20))?v=2",
            "https://h.example/receipts/\(String(repeating: "0f", count: 20))?v=2"))
        #expect(patterns.map(\.regex) == [#"(?<=receipts\/)[0-9a-f]{40}(?=\?)"#])
        #expect(patterns.map(\.placeholder) == ["id:[0-9a-f]{40}"])
        #expect(Learner.patterns("a/b", "a/b/c") == nil)
    }

    @Test func anEchoOfAnIdIsTiedToItOnlyAsAPathSegmentOrQueryValue() throws {
        var echoes = Echoes()
        echoes.note("sess_abc123", as: try #require(Placeholder(typed: "id:sess_")))
        echoes.note(53, as: try #require(Placeholder(typed: "integer")))
        #expect(echoes.substitute(in: "https://p/checkout/sess_abc123?id=sess_abc123") == "https://p/checkout/<id:sess_>?id=<id:sess_>")
        #expect(echoes.substitute(in: "/sessions/53.json?page=53") == "/sessions/<integer>.json?page=53")
        #expect(echoes.substitute(in: "xsess_abc123 /530") == "xsess_abc123 /530")
    }

    @Test func theLearnedSectionIsRewrittenAndTheHandWrittenPartKept() throws {
        let hand = "# ids\npointers:\n  - pointer: /id\n    placeholder: integer\n"
        let rules = try NormalizationRules(DocumentLoader.load(bytes: Array(hand.utf8), file: "normalize.yaml"))
        let learned = Learner(documents: try GoldenNormalizationTests.documents()).learn(
            from: [
                Learner.Pair(
                    first: ["response": ["status": 201, "body": ["id": 1, "token": "tok_AbC9", "at": "x"]]],
                    second: ["response": ["status": 201, "body": ["id": 2, "token": "tok_zY81", "at": "x"]]], schema: nil)
            ], rules: rules)
        let text = learned.learned.replacingSection(in: hand)
        #expect(text == hand + """
            # Learned by conform: these values differed when each recorded case was sent twice.
            learned:
              pointers:
                - pointer: '/token'
                  placeholder: 'id:tok_[A-Za-z0-9]{4}'

            """)
        #expect(NormalizationRules.Learned().replacingSection(in: text) == hand)
        let read = try NormalizationRules(DocumentLoader.load(bytes: Array(text.utf8), file: "normalize.yaml"))
        #expect(read.learned.pointers.map(\.placeholder.name) == ["id:tok_[A-Za-z0-9]{4}"])
    }
}
