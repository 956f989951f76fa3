import ConformCore
import Testing

/// The structural diff of golden records, by JSON Pointer.
@Suite("Golden diff")
struct GoldenDiffTests {
    @Test func equalRecordsHaveNoDifferences() {
        let record: JSONValue = ["response": ["status": 200, "body": ["a": [1, 2], "b": "x"]]]
        #expect(GoldenDifference.between(record, record).isEmpty)
    }

    @Test func changedAddedAndRemovedByPointer() {
        let old: JSONValue = ["amount": 2000, "items": [1, 2], "gone": "a", "nested": ["x": true]]
        let new: JSONValue = ["amount": 200, "items": [1, 2, 3], "new": "b", "nested": ["x": false]]
        #expect(GoldenDifference.between(old, new).map(\.description) == [
            "changed /amount: 2000 -> 200",
            "removed /gone: \"a\"",
            "added /items/2: 3",
            "changed /nested/x: true -> false",
            "added /new: \"b\"",
        ])
    }

    @Test func aTypeChangeIsOneChange() {
        let differences = GoldenDifference.between(["id": "<id:cks_>"], ["id": 12])
        #expect(differences.map(\.description) == [#"changed /id: "<id:cks_>" -> 12"#])
    }

    @Test func pointerTokensAreEscaped() {
        let differences = GoldenDifference.between(["a/b": 1], ["a/b": 2])
        #expect(differences.map(\.description) == ["changed /a~1b: 1 -> 2"])
    }
}
