import ConformCore
import Foundation
import Testing

@Suite("conform lint")
struct LintTests {
    static let header = """
        openapi: 3.0.3
        info: {title: t, version: "1"}

        """

    @Test("a clean document has no diagnostics")
    func clean() throws {
        let text = Self.header + """
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200': {description: ok}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [])
    }

    @Test("an unresolved reference names the reference and its position")
    func unresolvedReference() throws {
        let text = Self.header + """
            paths:
              /items:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Missing'}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:11:30: error: reference '#/components/schemas/Missing' does not resolve [ref.unresolved]"
        ])
    }

    @Test("references that only point at each other are a cycle; recursive schemas are fine")
    func cycles() throws {
        let text = Self.header + """
            paths: {}
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
                Tree:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:6:15: error: reference '#/components/schemas/B' is part of a cycle of references that never reaches a value [ref.cycle]",
            "spec.yaml:7:15: error: reference '#/components/schemas/A' is part of a cycle of references that never reaches a value [ref.cycle]",
        ])
    }

    @Test("references into other files resolve relative to the referencing file")
    func fileReferences() throws {
        let text = Self.header + """
            paths:
              /items:
                get:
                  responses:
                    '200': {$ref: 'parts/responses.yaml#/Ok'}
            """
        let parts = """
            Ok:
              description: ok
              content:
                application/json:
                  schema: {$ref: '../schemas.yaml#/Item'}
            """
        let schemas = "Item: {type: object}\n"
        #expect(try TestSupport.lint(text, extraFiles: ["parts/responses.yaml": parts, "schemas.yaml": schemas]) == [])
        let missing = try TestSupport.lint(text, extraFiles: ["parts/responses.yaml": parts])
        #expect(missing == [
            "parts/responses.yaml:5:22: error: cannot load referenced file 'schemas.yaml' [ref.file]\nnote: cannot read 'schemas.yaml': No such file or directory"
        ])
    }

    @Test("a remote reference is refused")
    func remoteReference() throws {
        let text = Self.header + """
            paths:
              /items:
                get:
                  responses:
                    '200': {$ref: 'https://example.com/r.yaml#/Ok'}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:7:23: error: remote reference 'https://example.com/r.yaml#/Ok' is not followed; remote references must be allowed explicitly [ref.remote]"
        ])
    }

    @Test("operations without responses, duplicate operationIds, path parameters")
    func operations() throws {
        let text = Self.header + """
            paths:
              /a/{id}:
                get:
                  operationId: same
                  responses: {}
                post:
                  operationId: same
                  parameters:
                    - {name: other, in: path, required: true, schema: {type: string}}
                  responses:
                    '201': {description: created}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:5:5: error: operation 'same' documents no responses [operation.no-responses]",
            "spec.yaml:5:5: error: path '/a/{id}' has '{id}' but 'same' declares no path parameter 'id' [path.parameter-undeclared]",
            "spec.yaml:8:5: error: path '/a/{id}' has '{id}' but 'same' declares no path parameter 'id' [path.parameter-undeclared]",
            "spec.yaml:9:20: error: duplicate operationId 'same' [operation.duplicate-id]\nspec.yaml:6:20: note: first used here",
            "spec.yaml:11:11: error: path parameter 'other' of 'same' does not appear in the path '/a/{id}' [path.parameter-unused]",
        ])
    }

    @Test("required properties missing from properties, enum values of the wrong type")
    func schemas() throws {
        let text = Self.header + """
            paths: {}
            components:
              schemas:
                Open:
                  type: object
                  required: [name]
                  properties: {id: {type: string}}
                Closed:
                  type: object
                  additionalProperties: false
                  required: [name]
                  properties: {id: {type: string}}
                Composed:
                  allOf:
                    - {$ref: '#/components/schemas/Open'}
                    - {required: [id], properties: {extra: {type: string}}}
                Status:
                  type: string
                  enum: [open, 2, null]
                Nullable:
                  type: string
                  nullable: true
                  enum: [open, null]
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:8:18: warning: required property 'name' is not defined in 'properties' [schema.required-undefined]",
            "spec.yaml:13:18: error: required property 'name' is not in 'properties' and additional properties are forbidden, so no value can be valid [schema.required-undefined]",
            "spec.yaml:21:20: error: enum value 2 is an integer, but the schema's type is string [schema.enum-type]",
            "spec.yaml:21:23: error: enum value null is a null, but the schema's type is string [schema.enum-type]",
        ])
    }

    @Test("a discriminator over inline branches without a mapping names no branch")
    func unmappedDiscriminator() throws {
        let text = Self.header + """
            paths: {}
            components:
              schemas:
                Inline:
                  oneOf:
                    - {type: object, properties: {kind: {enum: [a]}}}
                    - {type: object, properties: {kind: {enum: [b]}}}
                  discriminator: {propertyName: kind}
                Mapped:
                  oneOf:
                    - {type: object, properties: {kind: {enum: [a]}}}
                  discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A'}}
                Referenced:
                  anyOf:
                    - {$ref: '#/components/schemas/A'}
                  discriminator: {propertyName: kind}
                A: {type: object}
            """
        #expect(try TestSupport.lint(text) == [
            "spec.yaml:10:22: warning: discriminator 'kind' names no branch: the oneOf branches are inline schemas and there is no mapping, so each branch is tried in turn [schema.discriminator-unmapped]"
        ])
    }

    @Test("Swagger 2.0 is converted with a note; non-OpenAPI documents get a clear error")
    func notOpenAPI() throws {
        #expect(try TestSupport.lint("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n") == [
            "spec.yaml:1:1: note: converted from Swagger 2.0 to OpenAPI 3.0.3; positions refer to the Swagger document [spec.converted]"
        ])
        #expect(try TestSupport.lint("info: {title: t}\n") == [
            "spec.yaml:1:1: error: not an OpenAPI document: the 'openapi' field is missing [spec.not-openapi]"
        ])
        #expect(try TestSupport.lint("openapi: 2.5.0\n") == [
            "spec.yaml:1:10: error: unsupported OpenAPI version '2.5.0'; conform reads 3.0.x and 3.1.x [spec.version]"
        ])
    }

    @Test("examples and defaults are checked against their schemas, as warnings at the example")
    func examples() throws {
        let text = Self.header + """
            paths:
              /items:
                get:
                  parameters:
                    - name: limit
                      in: query
                      schema: {type: integer, maximum: 100}
                      example: 500
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Item'}
                          examples:
                            good: {value: {id: 7}}
                            bad: {value: {id: seven}}
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    id: {type: integer, format: int32, default: 2147483648}
                  example: {id: 1}
            """
        let diagnostics = try TestSupport.lint(text)
        #expect(diagnostics == [
            "spec.yaml:10:20: warning: 'example' does not match its schema: (root): 500 is greater than maximum 100 (spec.yaml:9:35) [example.invalid]",
            "spec.yaml:19:30: warning: example 'bad' does not match its schema: /id: \"seven\" is not of type \"integer\" (spec.yaml:25:14) [example.invalid]",
            "spec.yaml:25:53: warning: 'default' does not match its schema: (root): 2147483648 is not a valid \"int32\" (outside -2147483648…2147483647) (spec.yaml:25:29) [example.invalid]",
        ])
    }
}
