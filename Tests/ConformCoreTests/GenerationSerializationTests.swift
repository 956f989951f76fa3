@testable import ConformCore
import Testing

@Suite("Generation: serialization")
struct GenerationSerializationTests {
    func parameter(_ name: String, _ location: ParameterLocation, _ style: ParameterStyle, explode: Bool) -> Parameter {
        Parameter(
            name: name, location: location, required: true, style: style, explode: explode, allowReserved: false,
            deprecated: false, schema: nil, contentType: nil, pointer: DocumentPointer(file: "x.yaml", pointer: .root))
    }

    let array: JSONValue = ["blue", "black"]
    let object: JSONValue = ["R": 100, "G": 200]

    @Test func pathStyles() {
        #expect(ParameterSerializer.path(parameter("id", .path, .simple, explode: false), array) == "blue,black")
        #expect(ParameterSerializer.path(parameter("id", .path, .simple, explode: true), object) == "R=100,G=200")
        #expect(ParameterSerializer.path(parameter("id", .path, .label, explode: false), array) == ".blue,black")
        #expect(ParameterSerializer.path(parameter("id", .path, .label, explode: true), array) == ".blue.black")
        #expect(ParameterSerializer.path(parameter("id", .path, .matrix, explode: false), array) == ";id=blue,black")
        #expect(ParameterSerializer.path(parameter("id", .path, .matrix, explode: true), array) == ";id=blue;id=black")
        #expect(ParameterSerializer.path(parameter("id", .path, .matrix, explode: true), object) == ";R=100;G=200")
        #expect(ParameterSerializer.path(parameter("id", .path, .simple, explode: false), "a b/c") == "a%20b%2Fc")
    }

    @Test func queryStyles() {
        func target(_ style: ParameterStyle, explode: Bool, _ value: JSONValue) -> String {
            ParameterSerializer.query(parameter("color", .query, style, explode: explode), value)
                .map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        }
        #expect(target(.form, explode: true, array) == "color=blue&color=black")
        #expect(target(.form, explode: false, array) == "color=blue,black")
        #expect(target(.form, explode: true, object) == "R=100&G=200")
        #expect(target(.form, explode: false, object) == "color=R,100,G,200")
        #expect(target(.spaceDelimited, explode: false, array) == "color=blue%20black")
        #expect(target(.pipeDelimited, explode: false, array) == "color=blue%7Cblack")
        #expect(target(.deepObject, explode: true, object) == "color%5BR%5D=100&color%5BG%5D=200")
        #expect(target(.form, explode: true, "a&b=c") == "color=a%26b%3Dc")
    }

    @Test func formBodiesNestLikeStripe() {
        let body: JSONValue = ["amount": 100, "expand": ["a", "b"], "metadata": ["k": "v w"], "items": [["price": "p1"]]]
        let deep = MediaType.Encoding(contentType: nil, style: .deepObject, explode: true, allowReserved: false)
        #expect(BodyEncoder.form(body, encoding: ["expand": deep, "metadata": deep]) ==
            "amount=100&expand%5B0%5D=a&expand%5B1%5D=b&metadata%5Bk%5D=v%20w&items%5B0%5D%5Bprice%5D=p1")
        #expect(BodyEncoder.form(["tags": ["x", "y"]], encoding: [:]) == "tags=x&tags=y")
    }

    @Test func patternsOfTheCommonSubset() throws {
        for pattern in ["^[A-Z]{3}$", "^\\d{4}-\\d{2}-\\d{2}$", "^(cus|acct)_[a-zA-Z0-9]+$", "^[^@]+@[^@]+\\.[a-z]{2,}$", "^\\+?[1-9]\\d{1,14}$"] {
            let generator = try #require(PatternGenerator(pattern), "\(pattern)")
            var none: SplitMix64? = nil
            let text = try #require(generator.string(using: &none))
            #expect(generator.matches(text))
            var rng: SplitMix64? = SplitMix64(seed: 1)
            #expect(generator.string(using: &rng).map(generator.matches) == true)
        }
        // A look-around emits nothing: what it forbids is left to the regex's re-check.
        var none: SplitMix64? = nil
        #expect(try #require(PatternGenerator("^(?!aws:)[a-z:]+$")).string(using: &none) == "a")
        #expect(try #require(PatternGenerator("^(?=a)b$")).string(using: &none) == nil)
        #expect(PatternGenerator("(a)\\1") == nil)
    }

    @Test func pathTemplatesSubstituteEachParameterOnce() {
        let template = PathTemplate("/v1/{account}/items/{id}.json")
        #expect(template.render(["account": "a%7Bid%7D", "id": "7"]) == "/v1/a%7Bid%7D/items/7.json")
        #expect(template.render(["id": "{account}"]) == "/v1/{account}/items/{account}.json")
        #expect(PathTemplate("/plain").render([:]) == "/plain")
    }

    @Test func stableHashIsFNV1a() {
        #expect(StableHash.hex(StableHash().value) == "cbf29ce484222325")
        #expect(StableHash.of("a") == StableHash.of("a"))
        #expect(StableHash.of("ab", "c") != StableHash.of("a", "bc"))
    }
}
