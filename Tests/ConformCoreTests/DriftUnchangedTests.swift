import ConformCore
import Testing

/// The schema walk skips nodes that read the same in both versions; a change reachable
/// through a reference cycle must still be found.
@Suite("drift skips only what is unchanged below")
struct DriftUnchangedTests {
    /// A and B refer to each other; B also refers to C, outside the cycle.
    static let cycle = """
        openapi: 3.1.0
        info: {title: cycle, version: "1"}
        paths:
          /a:
            post:
              operationId: postA
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/A'}
              responses:
                '200': {description: ok}
        components:
          schemas:
            A:
              type: object
              properties:
                b: {$ref: '#/components/schemas/B'}
            B:
              type: object
              properties:
                a: {$ref: '#/components/schemas/A'}
                c: {$ref: '#/components/schemas/C'}
            C: {type: string, enum: [x, y]}

        """

    @Test("a change outside a cycle, reached through it, is found")
    func changeBelowCycle() async throws {
        let outcome = try await DriftSupport.drift(Self.cycle, DriftSupport.edit(Self.cycle, [("enum: [x, y]", "enum: [x]")]))
        let changes = outcome.changes(.requestEnumValueRemoved)
        try #require(changes.count == 1)
        #expect(changes[0].places.map { "\($0.operation) \($0.pointer)" } == ["postA /b/c"])
        #expect(DriftSupport.witnessHolds(changes[0], outcome))
    }

    @Test("a change inside a cycle is found")
    func changeInCycle() async throws {
        let new = DriftSupport.edit(Self.cycle, [("    B:\n      type: object\n", "    B:\n      type: object\n      required: [c]\n")])
        let outcome = try await DriftSupport.drift(Self.cycle, new)
        let changes = outcome.changes(.requestPropertyRequiredAdded)
        try #require(changes.count == 1)
        #expect(changes[0].places.map { "\($0.operation) \($0.pointer)" } == ["postA /b"])
        #expect(DriftSupport.witnessHolds(changes[0], outcome))
    }

    @Test("the same text written again in another key order is no change")
    func reordered() async throws {
        let reordered = DriftSupport.edit(Self.cycle, [("C: {type: string, enum: [x, y]}", "C: {enum: [x, y], type: string}")])
        #expect(try await DriftSupport.drift(Self.cycle, reordered).report.changes.isEmpty)
    }
}
