import ConformCore
import Testing

/// The one reader of `{name}` templates, as the runner, lint and drift use it.
@Suite("path templates")
struct PathTemplateTests {
    @Test("parameters in order, and the shape with names erased")
    func parametersAndShape() {
        let template = PathTemplate("/v1/{account}/items/{id}.json")
        #expect(template.parameters == ["account", "id"])
        #expect(template.shape == "/v1/{}/items/{}.json")
        #expect(template.shape == PathTemplate("/v1/{a}/items/{item_id}.json").shape)
        #expect(PathTemplate("/plain").parameters == [])
        #expect(PathTemplate("/open/{id").pieces == [.text("/open/{id")])
    }

    @Test("values(in:) reads each parameter from one segment part of an encoded path")
    func values() {
        let template = PathTemplate("/sessions/{id}.json")
        #expect(template.values(in: "/sessions/7.json") == ["id": "7"])
        #expect(template.values(in: "/sessions/a%2Fb.json") == ["id": "a%2Fb"])
        #expect(template.values(in: "/sessions/a/b.json") == nil)
        #expect(template.values(in: "/sessions/.json") == nil)
        #expect(PathTemplate("/a.b/{x}").values(in: "/aXb/1") == nil)
    }

    @Test("a server URL's variables render from their defaults; one without a value keeps its braces")
    func serverURL() {
        let template = PathTemplate("https://{region}.example.com/{version}")
        #expect(template.render(["region": "eu"]) == "https://eu.example.com/{version}")
    }

    @Test("percent-encoding keeps RFC 3986 unreserved characters and encodes UTF-8 bytes")
    func percentEncoding() {
        #expect(PercentEncoding.encode("a b/é~-._") == "a%20b%2F%C3%A9~-._")
        #expect(PercentEncoding.encode("a/b?c", allowReserved: true) == "a/b?c")
    }
}
