import ConformCore
import Testing

@Suite("Swagger 2.0 conversion")
struct SwaggerConversionTests {
    typealias S = SwaggerTestSupport

    @Test("the root becomes OpenAPI 3.0.3 with a note at the swagger key")
    func note() throws {
        let set = try S.convert(S.swagger([("paths", [:])]))
        #expect(set["/openapi"] == "3.0.3")
        #expect(set["/swagger"] == nil)
        #expect(set.diagnostics.map(\.description) == [
            "swagger.yaml:2:1: note: converted from Swagger 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]"
        ])
        let document = try Document(documents: set)
        #expect(document.version == .v3_0)
        let unquoted = try S.convert(["swagger": 2.0, "paths": [:]])
        #expect(unquoted.diagnostics.map(\.description) == [
            "swagger.yaml:2:1: note: converted from Swagger 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]"
        ])
        let other = try S.convert(["swagger": "1.2", "paths": [:]])
        #expect(other.diagnostics.map(\.description) == [
            "swagger.yaml:2:1: note: converted from Swagger '1.2' as if it were 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]"
        ])
    }

    @Test("a preloaded set converts its Swagger root too")
    func preloaded() throws {
        let set = DocumentSet(root: S.loaded(S.swagger([("paths", [:]), ("definitions", ["A": ["type": "string"]])])), preloaded: []).convertingSwagger2()
        #expect(set["/components/schemas/A"] == ["type": "string"])
        #expect(set.diagnostics.map(\.code) == ["spec.converted"])
    }

    @Test("definitions become components/schemas, references follow, x-nullable and file types convert")
    func definitions() throws {
        let source = S.swagger([
            ("paths", [:]),
            ("definitions", [
                "Pet": [
                    "type": "object", "discriminator": "kind",
                    "properties": [
                        "kind": ["type": "string"],
                        "owner": ["$ref": "#/definitions/Owner"],
                        "previous": ["$ref": "#/definitions/Owner", "x-nullable": true, "description": "before"],
                        "nickname": ["type": "string", "x-nullable": true, "x-label": "nick"],
                        "photo": ["type": "file"],
                        "tags": ["type": "array", "items": ["$ref": "#/definitions/Tag"]],
                    ],
                ],
                "Owner": ["type": "object", "additionalProperties": ["$ref": "#/definitions/Tag"]],
                "Tag": ["type": "string", "x-nullable": false, "example": "cute"],
            ]),
        ])
        let set = try S.convert(source)
        let pet = "/components/schemas/Pet"
        #expect(set["/definitions"] == nil)
        #expect(set[pet + "/discriminator"] == ["propertyName": "kind"])
        #expect(set[pet + "/properties/owner"] == ["$ref": "#/components/schemas/Owner"])
        #expect(set[pet + "/properties/nickname"] == ["type": "string", "nullable": true, "x-label": "nick"])
        #expect(set[pet + "/properties/photo"] == ["type": "string", "format": "binary"])
        #expect(set[pet + "/properties/previous"] == [
            "nullable": true, "description": "before", "allOf": [["$ref": "#/components/schemas/Owner"]],
        ])
        #expect(set[pet + "/properties/tags/items"] == ["$ref": "#/components/schemas/Tag"])
        #expect(set["/components/schemas/Owner/additionalProperties"] == ["$ref": "#/components/schemas/Tag"])
        #expect(set["/components/schemas/Tag"] == ["type": "string", "example": "cute"])
        // Positions name the Swagger lines.
        let lines = S.lines(of: source)
        #expect(set.line(pet) == lines[JSONPointer("/definitions/Pet")!])
        #expect(set.line(pet + "/properties/nickname/nullable") == lines[JSONPointer("/definitions/Pet/properties/nickname/x-nullable")!])
        #expect(set.line(pet + "/properties/previous/allOf/0/$ref") == lines[JSONPointer("/definitions/Pet/properties/previous/$ref")!])
        #expect(set.line(pet + "/properties/tags/items/$ref") == lines[JSONPointer("/definitions/Pet/properties/tags/items/$ref")!])
        #expect(try Linter.lint(Document(documents: set)).filter { $0.severity == .error } == [])
    }

    @Test("a body parameter becomes a request body, with operation consumes overriding global ones")
    func body() throws {
        let source = S.swagger([
            ("consumes", ["application/json", "text/xml"]),
            ("paths", [
                "/pets": [
                    "post": [
                        "parameters": [
                            ["name": "pet", "in": "body", "required": true, "description": "the pet", "schema": ["$ref": "#/definitions/Pet"]],
                            ["name": "dryRun", "in": "query", "type": "boolean"],
                        ],
                        "responses": ["204": ["description": "created"]],
                    ],
                    "put": [
                        "consumes": ["application/merge-patch+json"],
                        "parameters": [["name": "pet", "in": "body", "schema": ["type": "object"]]],
                        "responses": ["204": ["description": "updated"]],
                    ],
                ],
            ]),
            ("definitions", ["Pet": ["type": "object"]]),
        ])
        let set = try S.convert(source)
        let post = "/paths/~1pets/post"
        #expect(set[post + "/requestBody"] == [
            "description": "the pet",
            "content": [
                "application/json": ["schema": ["$ref": "#/components/schemas/Pet"]],
                "text/xml": ["schema": ["$ref": "#/components/schemas/Pet"]],
            ],
            "required": true,
        ])
        #expect(set[post + "/parameters"] == [["name": "dryRun", "in": "query", "schema": ["type": "boolean"]]])
        #expect(set["/paths/~1pets/put/requestBody"] == [
            "content": ["application/merge-patch+json": ["schema": ["type": "object"]]]
        ])
        let lines = S.lines(of: source)
        #expect(set.line(post + "/requestBody") == lines[JSONPointer(post + "/parameters/0")!])
        #expect(set.line(post + "/requestBody/content/text~1xml/schema/$ref") == lines[JSONPointer(post + "/parameters/0/schema/$ref")!])
        #expect(set.line(post + "/parameters/0/schema/type") == lines[JSONPointer(post + "/parameters/1/type")!])
        let document = try Document(documents: set)
        #expect(document.operations.map { $0.requestBody?.content.map(\.name) ?? [] } == [
            ["application/merge-patch+json"], ["application/json", "text/xml"],
        ])
    }

    @Test("formData parameters become a form body: URL-encoded, or multipart when a field is a file")
    func formData() throws {
        let source = S.swagger([
            ("paths", [
                "/login": ["post": [
                    "parameters": [
                        ["name": "user", "in": "formData", "type": "string", "required": true, "description": "who"],
                        ["name": "roles", "in": "formData", "type": "array", "items": ["type": "string"], "collectionFormat": "multi"],
                    ],
                    "responses": ["200": ["description": "ok"]],
                ]],
                "/upload": ["post": [
                    "parameters": [["name": "file", "in": "formData", "type": "file", "required": true]],
                    "responses": ["200": ["description": "ok"]],
                ]],
            ]),
        ])
        let set = try S.convert(source)
        #expect(set["/paths/~1login/post/requestBody"] == [
            "content": ["application/x-www-form-urlencoded": [
                "schema": [
                    "type": "object",
                    "properties": [
                        "user": ["type": "string", "description": "who"],
                        "roles": ["type": "array", "items": ["type": "string"]],
                    ],
                    "required": ["user"],
                ],
                "encoding": ["roles": ["style": "form", "explode": true]],
            ]],
            "required": true,
        ])
        #expect(set["/paths/~1upload/post/requestBody/content/multipart~1form-data/schema/properties/file"] == [
            "type": "string", "format": "binary",
        ])
        let lines = S.lines(of: source)
        #expect(set.line("/paths/~1login/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/roles/items")
            == lines[JSONPointer("/paths/~1login/post/parameters/1/items")!])
    }

    @Test("collectionFormat becomes style and explode; tsv is reported", arguments: [
        ("query", "csv", "form", false), ("path", "csv", "simple", false), ("header", nil, "simple", false),
        ("query", nil, "form", false), ("query", "ssv", "spaceDelimited", false),
        ("query", "pipes", "pipeDelimited", false), ("query", "multi", "form", true),
    ] as [(String, String?, String, Bool)])
    func collectionFormat(location: String, format: String?, style: String, explode: Bool) throws {
        var members: [(String, JSONValue)] = [
            ("name", "ids"), ("in", .string(location)), ("required", true), ("type", "array"), ("items", ["type": "integer"]),
        ]
        if let format { members.append(("collectionFormat", .string(format))) }
        let parameter = JSONObject(members)
        let set = try S.convert(S.swagger([
            ("paths", ["/x/{ids}": ["get": ["parameters": [.object(parameter)], "responses": ["200": ["description": "ok"]]]]]),
        ]))
        let converted = set["/paths/~1x~1{ids}/get/parameters/0"] ?? .null
        #expect(converted["style"] == JSONValue.string(style))
        #expect(converted["explode"] == JSONValue.bool(explode))
        #expect(converted["schema"] == ["type": "array", "items": ["type": "integer"]])
        #expect(converted["collectionFormat"] == nil)
    }

    @Test("tsv has no OpenAPI 3 style: a warning at the collectionFormat")
    func tsv() throws {
        let set = try S.convert(S.swagger([
            ("paths", ["/x": ["get": [
                "parameters": [["name": "ids", "in": "query", "type": "array", "items": ["type": "string"], "collectionFormat": "tsv"]],
                "responses": ["200": ["description": "ok"]],
            ]]]),
        ]))
        #expect(set.diagnostics.map(\.description) == [
            "swagger.yaml:2:1: note: converted from Swagger 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]",
            "swagger.yaml:16:1: warning: collectionFormat 'tsv' of 'ids' has no OpenAPI 3 equivalent; the values are read as comma-separated [spec.converted-unsupported]",
        ])
        #expect(set["/paths/~1x/get/parameters/0/style"] == "form")
    }

    @Test("host, basePath and schemes become servers", arguments: [
        ("api.example.com", "/v1", ["http", "https"], ["http://api.example.com/v1", "https://api.example.com/v1"]),
        ("api.example.com", nil, [], ["https://api.example.com"]),
        ("127.0.0.1:8000", "/api", [], ["http://127.0.0.1:8000/api"]),
        (nil, "/base", ["https"], ["/base"]),
    ] as [(String?, String?, [String], [String])])
    func servers(host: String?, basePath: String?, schemes: [String], urls: [String]) throws {
        var members: [(String, JSONValue)] = [("paths", [:])]
        if let host { members.append(("host", .string(host))) }
        if let basePath { members.append(("basePath", .string(basePath))) }
        if !schemes.isEmpty { members.append(("schemes", .array(schemes.map { .string($0) }))) }
        let document = try Document(documents: S.convert(S.swagger(members)))
        #expect(document.servers.map(\.url) == urls)
    }

    @Test("security definitions become security schemes")
    func security() throws {
        let set = try S.convert(S.swagger([
            ("paths", [:]),
            ("securityDefinitions", [
                "basicAuth": ["type": "basic", "description": "user and password"],
                "key": ["type": "apiKey", "name": "X-Key", "in": "header"],
                "code": ["type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token", "scopes": ["read": "reads"]],
                "app": ["type": "oauth2", "flow": "application", "tokenUrl": "https://a/token", "scopes": [:]],
                "implicit": ["type": "oauth2", "flow": "implicit", "authorizationUrl": "https://a/auth", "scopes": [:]],
                "password": ["type": "oauth2", "flow": "password", "tokenUrl": "https://a/token", "scopes": [:]],
            ]),
            ("security", [["key": []]]),
        ]))
        let schemes = "/components/securitySchemes"
        #expect(set[schemes + "/basicAuth"] == ["type": "http", "scheme": "basic", "description": "user and password"])
        #expect(set[schemes + "/key"] == ["type": "apiKey", "name": "X-Key", "in": "header"])
        #expect(set[schemes + "/code"] == ["type": "oauth2", "flows": ["authorizationCode": [
            "authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token", "scopes": ["read": "reads"],
        ]]])
        #expect(set[schemes + "/app/flows"] == ["clientCredentials": ["tokenUrl": "https://a/token", "scopes": [:]]])
        #expect(set[schemes + "/implicit/flows"] == ["implicit": ["authorizationUrl": "https://a/auth", "scopes": [:]]])
        #expect(set[schemes + "/password/flows"] == ["password": ["tokenUrl": "https://a/token", "scopes": [:]]])
        #expect(set["/security"] == [["key": []]])
        let document = try Document(documents: set)
        #expect(document.securitySchemes["basicAuth"]?.kind == .http(scheme: "basic"))
    }

    @Test("responses: schema per produces, examples, headers, file bodies, shared sections and extensions")
    func responses() throws {
        let source = S.swagger([
            ("produces", ["application/json"]),
            ("x-origin", "generated"),
            ("paths", ["/files/{id}": [
                "parameters": [["$ref": "#/parameters/id"]],
                "get": [
                    "produces": ["application/octet-stream"],
                    "x-internal": true,
                    "responses": [
                        "200": [
                            "description": "the file", "schema": ["type": "file"],
                            "headers": ["X-Rate": ["type": "integer", "format": "int32", "description": "left"]],
                        ],
                        "404": ["$ref": "#/responses/NotFound"],
                    ],
                ],
                "put": [
                    "parameters": [["$ref": "#/parameters/body"]],
                    "responses": ["200": [
                        "description": "ok", "schema": ["type": "object"],
                        "examples": ["application/json": ["ok": true], "text/plain": "ok"],
                    ]],
                ],
            ]]),
            ("parameters", [
                "id": ["name": "id", "in": "path", "required": true, "type": "string", "x-example": "f1"],
                "body": ["name": "body", "in": "body", "schema": ["type": "string"]],
            ]),
            ("responses", ["NotFound": ["description": "missing", "schema": ["type": "object"]]]),
        ])
        let set = try S.convert(source)
        let get = "/paths/~1files~1{id}/get"
        #expect(set[get + "/responses/200"] == [
            "description": "the file",
            "headers": ["X-Rate": ["description": "left", "schema": ["type": "integer", "format": "int32"]]],
            "content": ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
        ])
        #expect(set[get + "/responses/404"] == ["$ref": "#/components/responses/NotFound"])
        #expect(set[get + "/x-internal"] == true)
        #expect(set["/x-origin"] == "generated")
        #expect(set["/paths/~1files~1{id}/parameters"] == [["$ref": "#/components/parameters/id"]])
        #expect(set["/components/parameters"] == ["id": [
            "name": "id", "in": "path", "required": true, "example": "f1", "schema": ["type": "string"],
        ]])
        #expect(set["/components/responses/NotFound"] == [
            "description": "missing", "content": ["application/json": ["schema": ["type": "object"]]],
        ])
        let put = "/paths/~1files~1{id}/put"
        #expect(set[put + "/requestBody"] == ["content": ["application/json": ["schema": ["type": "string"]]]])
        #expect(set[put + "/parameters"] == nil)
        #expect(set[put + "/responses/200/content"] == [
            "application/json": ["schema": ["type": "object"], "example": ["ok": true]],
            "text/plain": ["example": "ok"],
        ])
        let lines = S.lines(of: source)
        #expect(set.line(put + "/requestBody") == lines[JSONPointer("/parameters/body")!])
        #expect(set.line(get + "/responses/200/headers/X-Rate/schema/format") == lines[JSONPointer(get + "/responses/200/headers/X-Rate/format")!])
        let document = try Document(documents: set)
        #expect(Linter.lint(document).filter { $0.severity == .error } == [])
        #expect(document.operations.map(\.id) == ["GET /files/{id}", "PUT /files/{id}"])
        #expect(document.operations[0].parameters.map(\.name) == ["id"])
    }

    @Test("a path-level body parameter reaches every operation unless the operation has its own")
    func pathLevelBody() throws {
        let set = try S.convert(S.swagger([
            ("paths", ["/x": [
                "parameters": [["name": "b", "in": "body", "schema": ["type": "string"]]],
                "post": ["responses": ["200": ["description": "ok"]]],
                "put": [
                    "parameters": [["name": "c", "in": "body", "schema": ["type": "integer"]]],
                    "responses": ["200": ["description": "ok"]],
                ],
            ]]),
        ]))
        #expect(set["/paths/~1x/parameters"] == nil)
        #expect(set["/paths/~1x/post/requestBody/content/application~1json/schema"] == ["type": "string"])
        #expect(set["/paths/~1x/put/requestBody/content/application~1json/schema"] == ["type": "integer"])
    }
}
